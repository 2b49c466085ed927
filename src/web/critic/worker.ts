/// <reference lib="webworker" />
import { createCritic, rules } from "../../core";
import { analyse } from "./analyse";
import type { CritiqueRequest } from "./protocol";

// One critic for the worker's life: its compiled lexicons and parse cache are
// what make the second and later checks of an edited document cheap.
const critic = createCritic({ rules });

self.onmessage = (event: MessageEvent<CritiqueRequest>) => {
  const { id, text } = event.data;
  self.postMessage(analyse(critic, id, text));
};
