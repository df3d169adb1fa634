"""The ML risk scorer: ranks reviewed cases by how likely they are to hold a defect (建议复核).

``features`` turns a review record and its ``CaseFacts`` into numeric features and text,
``model`` loads a shipped or trained model (its exported arrays with numpy alone, or the skops
file with an explicit allow-list) and scores a case (``score_record``), ``export`` writes those
arrays for a saved model, ``explain`` names the factors, ``train`` fits a model from labels and
reviewers' decisions, ``metrics`` computes ranking and calibration figures. The scorer never changes
points.

Layering: reads records and facts, the law catalog and (for training) ingest/extract to re-read a
case's facts; never imports report, cli, api or batch (import-linter contracts in pyproject.toml).
"""
