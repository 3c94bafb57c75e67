(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("pfocr-data").textContent);

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function safeUrl(url) {
    try {
      var parsed = new URL(String(url));
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function asList(value) {
    if (value === undefined || value === null || value === "") return [];
    return Array.isArray(value) ? value : [value];
  }

  // Header: title, figure id, counts, links.
  document.getElementById("title").textContent = data.title || data.figid;
  document.getElementById("figid").textContent = data.figid;
  document.getElementById("caption").textContent = data.caption || "";
  if (!data.caption) document.getElementById("caption-box").hidden = true;
  var links = document.getElementById("links");
  (data.links || []).forEach(function (link) {
    var url = safeUrl(link.url);
    if (!url) return;
    var a = el("a", link.label);
    a.setAttribute("href", url);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer");
    var li = el("li");
    li.appendChild(a);
    links.appendChild(li);
  });
  if (data.index) {
    document.getElementById("index-link").setAttribute("href", data.index);
    document.getElementById("back").hidden = false;
  }

  // Legend of node types, from the style.
  var legendBox = document.getElementById("legend");
  (data.legend || []).forEach(function (row) {
    var li = el("li");
    var swatch = el("span", null, "swatch " + row.shape);
    swatch.style.backgroundColor = row.color;
    swatch.style.borderColor = row.border;
    li.appendChild(swatch);
    li.appendChild(el("span", row.type));
    legendBox.appendChild(li);
  });
  if (!legendBox.children.length) legendBox.hidden = true;

  // Details panel.
  var body = document.getElementById("details-body");
  var hint = document.getElementById("details-hint");

  function clearDetails() {
    body.textContent = "";
    hint.hidden = false;
  }

  function addRow(dl, label, value) {
    var items = asList(value).filter(function (v) { return v !== ""; });
    if (!items.length) return;
    dl.appendChild(el("dt", label));
    var dd = el("dd");
    if (items.length === 1) {
      dd.textContent = String(items[0]);
    } else {
      var ul = el("ul");
      items.forEach(function (item) { ul.appendChild(el("li", item)); });
      dd.appendChild(ul);
    }
    dl.appendChild(dd);
  }

  function sentenceNode(text, highlights) {
    // Split the sentence at the highlight spans; every piece is a text node.
    var p = el("p", null, "sentence");
    var at = 0;
    (highlights || []).forEach(function (h) {
      var start = h[0], end = h[1], role = h[2];
      if (start < at || end > text.length) return;
      if (start > at) p.appendChild(document.createTextNode(text.slice(at, start)));
      p.appendChild(el(role === "trigger" ? "mark" : "span", text.slice(start, end), role));
      at = end;
    });
    if (at < text.length) p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function showNode(node) {
    var d = node.data();
    clearDetails();
    hint.hidden = true;
    body.appendChild(el("h3", d.name || d.id));
    var dl = el("dl");
    addRow(dl, "type", d.type);
    addRow(dl, "represents", d.represents);
    addRow(dl, "alias", d.alias);
    addRow(dl, "members", d.member);
    addRow(dl, "OCR words", d.pfocr_words);
    addRow(dl, "grounding", d.grounding_source);
    addRow(dl, "seen in", [d.in_figure === true ? "figure" : "", d.in_caption === true ? "caption" : ""]);
    body.appendChild(dl);
  }

  function showEdge(edge) {
    var d = edge.data();
    clearDetails();
    hint.hidden = true;
    var head = el("h3");
    head.appendChild(el("span", edge.source().data("name")));
    head.appendChild(document.createTextNode(" " + (d.interaction || "interacts with") + " "));
    head.appendChild(el("span", edge.target().data("name")));
    body.appendChild(head);
    var flags = el("p");
    if (d.hedged === true) flags.appendChild(el("span", "hedged", "flag"));
    if (d.negated === true) flags.appendChild(el("span", "negated", "flag"));
    if (d.direct === false) flags.appendChild(el("span", "indirect", "flag"));
    if (flags.children.length) body.appendChild(flags);
    var dl = el("dl");
    addRow(dl, "interaction", d.interaction);
    addRow(dl, "polarity", d.polarity);
    addRow(dl, "directed", d.directed === undefined ? "" : String(d.directed));
    addRow(dl, "hedged", d.hedged === undefined ? "" : String(d.hedged));
    addRow(dl, "negated", d.negated === undefined ? "" : String(d.negated));
    addRow(dl, "trigger", d.trigger);
    addRow(dl, "rule", d.rule || d.extraction_rule);
    body.appendChild(dl);
    if (d.sentence) {
      body.appendChild(el("h4", "Evidence"));
      body.appendChild(sentenceNode(String(d.sentence), d.highlights));
    }
    // "evidence" is every sentence behind the edge, the highlighted "sentence" first.
    asList(d.evidence).forEach(function (s) {
      if (String(s) !== String(d.sentence || "")) body.appendChild(sentenceNode(String(s), []));
    });
  }

  // The network.
  var container = document.getElementById("cy");
  container.style.backgroundColor = data.background || "#FFFFFF";
  var cy = cytoscape({
    container: container,
    elements: data.elements,
    style: data.style,
    layout: data.preset ? { name: "preset", fit: true, padding: 30 } : { name: "cose", animate: false, padding: 30 },
    minZoom: 0.05,
    maxZoom: 8,
    boxSelectionEnabled: false
  });
  // A small network fitted to the window would be blown up; keep labels at a natural size.
  if (cy.zoom() > 1.6) {
    cy.zoom(1.6);
    cy.center();
  }
  document.getElementById("counts").textContent =
    cy.nodes().length + " nodes, " + cy.edges().length + " edges";
  cy.on("tap", "node", function (evt) { showNode(evt.target); });
  cy.on("tap", "edge", function (evt) { showEdge(evt.target); });
  cy.on("tap", function (evt) { if (evt.target === cy) clearDetails(); });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  window.addEventListener("resize", function () { cy.resize(); });

  window.cy = cy;
  window.pfocrView = { ready: true, figid: data.figid };
})();
