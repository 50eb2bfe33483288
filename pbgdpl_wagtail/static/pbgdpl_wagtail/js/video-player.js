// External videos: the poster is a link to ?play=1 (works without JavaScript); with JavaScript
// the provider's iframe, kept inert in a <template> until now, replaces the poster in place.
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-pbgdpl-play]");
  if (!link) return;
  const template = link.parentElement.querySelector("template[data-pbgdpl-embed]");
  if (!template) return;
  event.preventDefault();
  const frame = document.createElement("div");
  frame.className = "pbgdpl-player__frame";
  frame.appendChild(template.content.cloneNode(true));
  const iframe = frame.querySelector("iframe");
  if (iframe) {
    const source = new URL(iframe.src, document.baseURI);
    source.searchParams.set("autoplay", "1");
    iframe.src = source.toString();
    iframe.allow = [iframe.allow, "autoplay"].filter(Boolean).join("; ");
    iframe.title = iframe.title || link.textContent.trim();
  }
  link.replaceWith(frame);
  template.remove();
  if (iframe) iframe.focus();
});
