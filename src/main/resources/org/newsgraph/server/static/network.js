/*
 * The network view of an entity page: the entity and everyone it met as nodes, each meeting as an edge,
 * drawn by Cytoscape.js from the JSON in #network's data-graph (written by the server). Clicking a node
 * opens that entity's page; clicking an edge shows the meeting in the list below. Colours come from the
 * page's stylesheet, so the drawing follows light and dark mode.
 */
(function () {
  'use strict';

  var container = document.getElementById('network');
  if (!container || typeof window.cytoscape !== 'function') return;
  var graph = JSON.parse(container.dataset.graph);
  container.textContent = '';

  var css = getComputedStyle(document.documentElement);
  function colour(name) { return css.getPropertyValue('--' + name).trim(); }

  var elements = graph.nodes.map(function (n) { return { group: 'nodes', data: n }; })
    .concat(graph.edges.map(function (e) { return { group: 'edges', data: e }; }));

  var cy = window.cytoscape({
    container: container,
    elements: elements,
    // The page scrolls with the wheel; the view must not catch it.
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    maxZoom: 1.5,
    style: [
      { selector: 'node', style: {
        'background-color': colour('muted'), 'label': 'data(label)', 'color': colour('fg'),
        'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 5, 'width': 24, 'height': 24,
        'text-wrap': 'wrap', 'text-max-width': 140,
        'text-background-color': colour('bg'), 'text-background-opacity': 0.8, 'text-background-padding': 2 } },
      { selector: 'node[kind = "person"]', style: { 'background-color': colour('person') } },
      { selector: 'node[kind = "organization"]', style: { 'background-color': colour('organization') } },
      { selector: 'node[kind = "location"]', style: { 'background-color': colour('location') } },
      { selector: 'node[?self]', style: { 'width': 38, 'height': 38, 'font-weight': 'bold',
        'border-width': 3, 'border-color': colour('fg') } },
      { selector: 'edge', style: {
        'width': 2, 'line-color': colour('muted'), 'curve-style': 'bezier', 'control-point-step-size': 40,
        'label': 'data(label)', 'font-size': 11, 'color': colour('muted'), 'text-rotation': 'none',
        'text-background-color': colour('bg'), 'text-background-opacity': 1, 'text-background-padding': 1 } }
    ],
    layout: {
      name: 'concentric',
      // The first counterpart to the left, so that a few of them spread across the wide view.
      startAngle: Math.PI,
      concentric: function (n) { return n.data('self') ? 2 : 1; },
      levelWidth: function () { return 1; },
      minNodeSpacing: 90,
      padding: 40,
      animate: false
    }
  });

  cy.on('tap', 'node', function (e) {
    if (!e.target.data('self')) window.location.href = e.target.data('href');
  });
  cy.on('tap', 'edge', function (e) {
    window.location.hash = e.target.data('href');
  });
  cy.on('mouseover', 'node[!self], edge', function () { container.style.cursor = 'pointer'; });
  cy.on('mouseout', 'node, edge', function () { container.style.cursor = ''; });

  // What was drawn, for tests and for anyone looking at the page's markup.
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
  window.newsgraph = window.newsgraph || {};
  window.newsgraph.network = cy;
})();
