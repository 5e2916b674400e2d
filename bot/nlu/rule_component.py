"""The base of our NLU components that read a message by rules, with no training and no configuration."""
from __future__ import annotations

from typing import Any, Self

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData


class RuleComponent(GraphComponent):
    """Created without configuration; leaves the training data as it is. Subclasses implement `process`."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> Self:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
