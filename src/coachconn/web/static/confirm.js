// The app's one script: a form that deletes a transcript asks first. The removal's
// form says what it asks (data-confirm); the upload form asks only when the session
// chosen has a transcript it would replace (its option's data-replaces). Read from the
// page's attributes, escaped like any value there: no text is written into a script.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.dataset.confirm;
  var session = form.elements.session_id;
  var chosen = session && session.selectedOptions ? session.selectedOptions[0] : null;
  if (chosen && chosen.dataset.replaces) {
    question = "Replace the transcript of " + chosen.dataset.replaces +
      " and its analysis? This cannot be undone.";
  }
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
