"""The window head's outputs by name, in the order `labels.json` gives them, for tests that
write a row of logits by hand (behaviour first, then talk type, question, reflection,
input: 13 columns)."""

HEAD_NAMES = {
    "behaviour": ["question", "reflection", "therapist_input", "other"],
    "talk_type": ["change", "neutral", "sustain"],
    "question": ["open", "closed"],
    "reflection": ["simple", "complex"],
    "input": ["information", "advice"],
}
