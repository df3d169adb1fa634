"""The units a fine may be set per (每人, 每辆, 每超限1吨, 每日): one vocabulary for the provisions'
rates (``laws.penalties``) and the decisions' (``extract.fields.per_unit``), so a count the
decision states is always in a unit the provision's rate can name."""

from __future__ import annotations

FINE_UNITS = r"车次|人|名|辆|台|次|日|天|月|千克|公斤|吨|件|户|趟|艘|架"  # a regex alternation
FINE_UNIT_ALIASES = {"名": "人", "天": "日"}  # read 名 as 人 and 天 as 日
