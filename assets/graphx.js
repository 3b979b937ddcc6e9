/* graphx explorer, in the browser: fit the network to what it shows (issue 17).
 *
 * - the whole network on load, after each filter (Cytoscape's layoutstop), and when its
 *   box changes size (window resize, sidebar collapsed);
 * - the selection and its neighbours when one is made (window.dash_clientside.graphx);
 * - never closer than MAX_FIT_ZOOM: a network of three nodes is not three giant discs.
 */
(function () {
  var MAX_FIT_ZOOM = 1.2;

  function cyOf() {
    var el = document.getElementById('network');
    return el && el._cyreg ? el._cyreg.cy : null;
  }

  function fitTo(cy, eles) {
    cy.fit(eles && eles.nonempty() ? eles : undefined, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(eles && eles.nonempty() ? eles : undefined);
    }
  }

  var watched = null;
  function watch() {
    var cy = cyOf();
    if (!cy || cy === watched) return;
    watched = cy;
    cy.on('layoutstop', function () { fitTo(cy); });
    fitTo(cy);
    var box = document.getElementById('network');
    if (window.ResizeObserver && box) {
      var pending = null;
      new ResizeObserver(function () {
        clearTimeout(pending);
        pending = setTimeout(function () { cy.resize(); fitTo(cy); }, 120);
      }).observe(box);
    }
  }
  setInterval(watch, 300);

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    graphx: {
      fitSelection: function (selection) {
        var cy = cyOf();
        if (!cy) return window.dash_clientside.no_update;
        var eles = null;
        if (selection && selection.id) {
          var hit = cy.getElementById(selection.id);
          if (hit.nonempty()) {
            eles = hit.isNode() ? hit.closedNeighborhood() : hit.connectedNodes();
          }
        }
        fitTo(cy, eles);
        return selection && selection.id ? selection.id : '';
      },
      toggleSidebar: function (clicks) {
        var hidden = document.body.classList.toggle('gx-sidebar-hidden', (clicks || 0) % 2 === 1);
        return hidden ? 'Show filters' : 'Hide filters';
      }
    }
  });
})();
