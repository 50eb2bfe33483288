// Suggestions under the site search box as the reader types. Without this script the box is a
// plain form; with it, the box's <datalist> is filled from the search page's autocomplete route.
(function () {
  "use strict";
  document.querySelectorAll("input[data-pbgdpl-autocomplete]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-pbgdpl-autocomplete");
    var timer = null;
    var controller = null;
    if (!list || !url || !window.fetch) return;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2) { list.replaceChildren(); return; }
        if (controller) controller.abort();
        controller = window.AbortController ? new AbortController() : null;
        fetch(url + "?q=" + encodeURIComponent(text), {
          headers: { Accept: "application/json" },
          signal: controller ? controller.signal : undefined,
        })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.results.map(function (result) {
              var option = document.createElement("option");
              option.value = result.title;
              option.label = result.type;
              return option;
            }));
          })
          .catch(function () { /* no suggestions: the form still works */ });
      }, 200);
    });
  });
})();
