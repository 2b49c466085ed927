/// <reference lib="webworker" />
import { createCritic, rules } from "../../core";
import { analyse } from "./analyse";
import type { CritiqueFailure, CritiqueRequest } from "./protocol";

// One critic for the worker's life: its compiled lexicons and parse cache are
// what make the second and later checks of an edited document cheap. Repeated
// words stay separate: the editor marks each place the author has to change.
const critic = createCritic({ rules, collapse: "places" });

self.onmessage = (event: MessageEvent<CritiqueRequest>) => {
  const { id, text } = event.data;
  try {
    self.postMessage(analyse(critic, id, text));
  } catch (err) {
    const failure: CritiqueFailure = { id, error: err instanceof Error ? err.message : String(err) };
    self.postMessage(failure);
  }
};
