import { useEffect, useMemo, useState } from "preact/hooks";
import {
  answerGroups,
  checkAnswers,
  createCritic,
  emptyAnswers,
  interviewScript,
  renderDraft,
  rules,
  type InterviewAnswers,
  type InterviewFormat,
  type InterviewStep,
  type Pushback,
} from "../../core";
import { api } from "../api/client";
import { ErrorBox } from "../components/status";
import { useTitle } from "../hooks";
import { navigate } from "../router";
import { useApp } from "../state";

const STORAGE_KEY = "prfaq.interview";

interface Progress {
  answers: InterviewAnswers;
  step: number;
  /** Text typed into a step but not yet checked: kept when the author moves to another step. */
  typed?: Record<string, string>;
  /** The furthest step reached, so the author can click back to any step up to it. */
  reached?: number;
}

function loadProgress(): Progress | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Progress) : null;
  } catch {
    return null;
  }
}

function saveProgress(progress: Progress | null): void {
  try {
    if (progress) localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private browsing: the interview still works, it just won't survive a reload.
  }
}

function PushbackList({ items, tone }: { items: Pushback[]; tone: "warning" | "info" }) {
  return (
    <ul class={`pushbacks ${tone}`}>
      {items.map((p, i) => (
        <li key={i}>
          <strong>{p.question}</strong> <span class="muted">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}

function StepForm({
  step,
  steps,
  answers,
  typed,
  onType,
  onDone,
  onBack,
}: {
  step: InterviewStep;
  steps: InterviewStep[];
  answers: InterviewAnswers;
  typed: Record<string, string>;
  onType: (fieldId: string, text: string) => void;
  onDone: (answers: InterviewAnswers) => void;
  onBack: (() => void) | null;
}) {
  const critic = useMemo(() => createCritic({ rules }), []);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(step.fields.map((f) => [f.id, typed[f.id] ?? answers.values[f.id] ?? ""])),
  );
  const [pushbacks, setPushbacks] = useState<Pushback[] | null>(null);
  const [advice, setAdvice] = useState<Pushback[]>([]);
  const [kept, setKept] = useState<Set<string>>(() => new Set(answers.kept.filter((k) => step.fields.some((f) => f.id === k.fieldId)).map((k) => k.fieldId)));
  const [extra, setExtra] = useState(answers.extraQuestions);

  const check = () => {
    const found: Pushback[] = [];
    const tips: Pushback[] = [];
    for (const group of answerGroups(step)) {
      const given = Object.fromEntries(group.filter((f) => values[f.id]?.trim()).map((f) => [f.id, values[f.id]]));
      const result = checkAnswers(critic, steps, answers, given);
      found.push(...result.pushbacks);
      tips.push(...result.advice);
    }
    setPushbacks(found);
    setAdvice(tips);
    return found;
  };

  const finish = (found: Pushback[]) => {
    const next: InterviewAnswers = { ...answers, values: { ...answers.values }, extraQuestions: extra.filter((q) => q.question.trim()) };
    for (const f of step.fields) {
      if (values[f.id]?.trim()) next.values[f.id] = values[f.id].trim();
      else delete next.values[f.id];
    }
    // A kept answer carries the critic's objection into the draft as an open question.
    next.kept = answers.kept.filter((k) => !step.fields.some((f) => f.id === k.fieldId)).concat(found.filter((p) => kept.has(p.fieldId)));
    onDone(next);
  };

  const blocking = (pushbacks ?? []).filter((p) => !kept.has(p.fieldId));
  return (
    <form
      class="panel interview-step"
      onSubmit={(e) => {
        e.preventDefault();
        const found = check();
        if (found.every((p) => kept.has(p.fieldId))) finish(found);
      }}
    >
      <h2>
        {step.order}. {step.title}
      </h2>
      <p class="muted">{step.intro}</p>
      {step.fields.map((field) => {
        const mine = (pushbacks ?? []).filter((p) => p.fieldId === field.id);
        return (
          <div key={field.id} class={`field interview-field${mine.length ? " objected" : ""}`}>
            <label for={`q-${field.id}`}>
              <span class="field-label">{field.label}</span>
              <span class="field-prompt">{field.prompt}</span>
            </label>
            <textarea
              id={`q-${field.id}`}
              rows={field.canEvade === false ? 1 : 3}
              placeholder={field.hint}
              value={values[field.id] ?? ""}
              onInput={(e) => {
                const text = (e.target as HTMLTextAreaElement).value;
                setValues((v) => ({ ...v, [field.id]: text }));
                onType(field.id, text);
                setPushbacks(null);
              }}
            />
            {mine.length > 0 && (
              <div class="pushback" role="alert">
                <p>The critic pushes back:</p>
                <PushbackList items={mine} tone="warning" />
                <label class="keep">
                  <input
                    type="checkbox"
                    checked={kept.has(field.id)}
                    onChange={() =>
                      setKept((set) => {
                        const next = new Set(set);
                        if (next.has(field.id)) next.delete(field.id);
                        else next.add(field.id);
                        return next;
                      })
                    }
                  />{" "}
                  Keep my answer; the draft will ask this as an open question
                </label>
              </div>
            )}
          </div>
        );
      })}
      {step.id === "hard-questions" && (
        <fieldset class="choice">
          <legend>Other hard questions leadership will ask</legend>
          {extra.map((q, i) => (
            <div key={i} class="form-row">
              <label class="field">
                <span>Question</span>
                <input value={q.question} onInput={(e) => setExtra((list) => list.map((x, j) => (j === i ? { ...x, question: (e.target as HTMLInputElement).value } : x)))} />
              </label>
              <label class="field">
                <span>Answer</span>
                <input value={q.answer} onInput={(e) => setExtra((list) => list.map((x, j) => (j === i ? { ...x, answer: (e.target as HTMLInputElement).value } : x)))} />
              </label>
            </div>
          ))}
          <button type="button" onClick={() => setExtra((list) => [...list, { question: "", answer: "" }])}>
            Add a question
          </button>
        </fieldset>
      )}
      {advice.length > 0 && (
        <div class="advice">
          <p>Advice, for later:</p>
          <PushbackList items={advice} tone="info" />
        </div>
      )}
      <p class="muted">Leave an answer empty if you don't know yet: the draft will ask it as an open question.</p>
      <div class="dialog-actions">
        {onBack && (
          <button type="button" onClick={onBack}>
            Back
          </button>
        )}
        <button class="primary">{blocking.length ? "Check again" : "Check and continue"}</button>
      </div>
    </form>
  );
}

/** The guided interview: customer, day, problem, alternative, outcome, product, hard questions, kill criteria. */
export function InterviewScreen() {
  const { workspace } = useApp();
  useTitle("Guided interview");
  const [progress, setProgress] = useState<Progress | null>(loadProgress);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const hardQuestions = useMemo(() => createCritic({ rules }).lexicons.hardQuestions, []);
  const steps = useMemo(() => (progress ? interviewScript(progress.answers.format, hardQuestions) : []), [progress?.answers.format, hardQuestions]);
  useEffect(() => saveProgress(progress), [progress]);

  if (!progress) {
    const start = (format: InterviewFormat) => setProgress({ answers: emptyAnswers(format), step: 0 });
    return (
      <section class="page narrow">
        <h1>Guided interview</h1>
        <p>
          Work backwards from the customer, one question at a time: who they are, their day, the problem and what it costs, what they use today, what
          success looks like, the hard questions, and what would make you stop. The critic checks each answer as you go. You end with a draft to edit.
        </p>
        <div class="dialog-actions">
          <button class="primary" type="button" onClick={() => start("prfaq")}>
            Start a PR/FAQ
          </button>
          <button type="button" onClick={() => start("brief")}>
            Start a one-page customer brief
          </button>
        </div>
      </section>
    );
  }

  const atEnd = progress.step >= steps.length;
  const reached = Math.max(progress.reached ?? 0, progress.step);
  const goTo = (step: number) => setProgress({ ...progress, step, reached });
  const draft = atEnd ? renderDraft(progress.answers, steps) : null;
  return (
    <section class="page narrow">
      <h1>Guided interview</h1>
      <ol class="interview-progress" aria-label="Steps">
        {steps.map((s, i) => (
          <li key={s.id} class={i === progress.step ? "current" : i < reached ? "done" : undefined} aria-current={i === progress.step ? "step" : undefined}>
            {i <= reached && i !== progress.step ? (
              <button type="button" class="link-button" onClick={() => goTo(i)}>
                {s.title}
              </button>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ol>
      {!atEnd ? (
        <StepForm
          key={progress.step}
          step={steps[progress.step]}
          steps={steps}
          answers={progress.answers}
          typed={progress.typed ?? {}}
          onType={(fieldId, text) => setProgress((p) => p && { ...p, typed: { ...p.typed, [fieldId]: text } })}
          onBack={progress.step > 0 ? () => goTo(progress.step - 1) : null}
          onDone={(answers) => {
            const typed = { ...progress.typed };
            for (const field of steps[progress.step].fields) delete typed[field.id];
            const step = progress.step + 1;
            setProgress({ answers, step, typed, reached: Math.max(reached, step) });
          }}
        />
      ) : (
        <div class="panel">
          <h2>Your draft</h2>
          <p class="muted">
            {draft!.openQuestions.length
              ? `${draft!.openQuestions.length} question${draft!.openQuestions.length === 1 ? " is" : "s are"} still open; the draft lists them so reviewers see them too.`
              : "Every question has an answer."}
          </p>
          <pre class="draft-preview" tabIndex={0} aria-label="Draft text">
            {draft!.text}
          </pre>
          {error !== null && <ErrorBox error={error} />}
          <div class="dialog-actions">
            <button type="button" onClick={() => goTo(steps.length - 1)}>
              Back
            </button>
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  const created = await api.createDocument(workspace.id, draft!.text, "workspace");
                  setProgress(null);
                  saveProgress(null);
                  navigate(`/d/${encodeURIComponent(created.document.id)}`, { replace: true });
                } catch (err) {
                  setError(err);
                  setBusy(false);
                }
              }}
            >
              Create the document
            </button>
            <button
              type="button"
              class="link-button danger"
              onClick={() => {
                if (window.confirm("Throw away these answers and start over?")) setProgress(null);
              }}
            >
              Start over
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
