// Review mode (issue 19): once a decision is applied, reload the page at its own URL, so the
// new graph is drawn and the view's state (the URL's query) survives. A file, not an inline
// clientside callback, because the Content-Security-Policy allows scripts from 'self' only.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    graphx_review: {
        reload: function (token) {
            if (token) {
                window.location.reload();
            }
            return window.dash_clientside.no_update;
        },
    },
});
