"""`arbox model train`: fit the intent model on labelled messages and save it."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from cli.app import app, fail
from cli.context import console
from inbox.intent_model import MODEL_DIR
from inbox.intent_training import FEATURES, SEEDS, examples_from_labels, train_intent_model
from ledger.errors import InputError

model_app = typer.Typer(help="The trained intent model that backs up the rules.",
                        no_args_is_help=True)
app.add_typer(model_app, name="model")


@model_app.command("train")
def train(labels: Annotated[list[Path], typer.Argument(help="Label files (JSON Lines, "
                                                             "docs/labelling.md).")],
          out: Annotated[Path, typer.Option(help="Directory to write the model to.")]
          = MODEL_DIR,
          split: Annotated[list[str], typer.Option(help="Splits to train on (repeatable); "
                                                         "never train on `test`.")] = ["dev"],
          epochs: Annotated[int, typer.Option(min=1, max=200)] = 20,
          seed: int = 0,
          seeds: Annotated[int, typer.Option(
              min=1, max=20, help="Train this many models (seeds seed, seed+1, ...) and keep "
                                  "the mean of their weights: steadier legal flags across "
                                  "retrains, same size and speed.")] = SEEDS,
          features: Annotated[str, typer.Option(
              help="Sub-word tokens the model reads beside the words, recorded in its "
                   "meta.json: comma-separated prefixN, suffixN, stem, noplaceholders; "
                   "'' for the words alone.")] = FEATURES) -> None:
    """Train the intent model on the development split of labelled sets.

    The default output replaces the model shipped in inbox/models/intents; point
    ARBOX_INTENT_MODEL at another directory to use a model trained elsewhere.
    """
    try:
        examples = examples_from_labels(labels, tuple(split))
        nlp = train_intent_model(examples, epochs=epochs, seed=seed, seeds=seeds,
                                 features=features)
    except (InputError, OSError) as exc:
        fail(str(exc), 2)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        staged = Path(tmp) / "model"
        nlp.to_disk(staged)
        if out.exists():
            shutil.rmtree(out)
        staged.rename(out)
    console.print(f"trained on {len(examples)} messages; saved to {out}", highlight=False)
