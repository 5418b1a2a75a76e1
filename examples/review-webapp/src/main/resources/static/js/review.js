// The review app's script (served by the app, no CDN). The pages work without it: the upload form posts,
// a finding's link jumps to its place (:target highlights it) and the filter form reloads the page. With it,
// each finding is marked at its place in the report, clicking a finding scrolls to and highlights the place,
// a mark in the text picks its finding, the severity filter acts at once, and a file over the limit is
// refused before it is sent.
"use strict";
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("upload-form");
  if (form) {
    uploadForm(form);
  }
  var list = document.getElementById("findings");
  if (list) {
    reviewPage(list);
  }
});

function uploadForm(form) {
  var input = document.getElementById("file");
  var message = document.getElementById("file-too-large");
  var limit = Number(form.getAttribute("data-limit"));
  function check() {
    var file = input.files && input.files[0];
    var tooLarge = !!file && limit > 0 && file.size > limit;
    message.hidden = !tooLarge;
    message.textContent = tooLarge ? form.getAttribute("data-too-large") : "";
    return !tooLarge;
  }
  input.addEventListener("change", check);
  form.addEventListener("submit", function (event) {
    if (!check()) {
      event.preventDefault();
    }
  });
}

var RANK = { error: 3, warning: 2, info: 1 };

function reviewPage(list) {
  var items = Array.prototype.slice.call(list.querySelectorAll("li.rv-finding"));
  var current = null;

  // mark each finding at its place: the element gets the colour of its most serious finding, and a
  // numbered mark that leads back to the finding
  items.forEach(function (item) {
    var place = placeOf(item);
    if (!place) {
      return;
    }
    var severity = item.getAttribute("data-severity");
    var marker = document.createElement("a");
    marker.className = "rv-marker rv-sev-" + severity;
    marker.href = "#" + item.id;
    marker.textContent = item.getAttribute("data-number");
    marker.setAttribute("data-finding", item.id);
    marker.title = item.querySelector(".rv-message").textContent.trim();
    marker.addEventListener("click", function (event) {
      event.preventDefault();
      select(item, true);
    });
    place.appendChild(marker);
  });
  recolour();

  items.forEach(function (item) {
    var link = item.querySelector("a.rv-message");
    if (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        select(item, false);
      });
    }
  });

  function placeOf(item) {
    var target = item.getAttribute("data-target");
    return target ? document.getElementById(target) : null;
  }

  function select(item, fromText) {
    if (current) {
      current.classList.remove("rv-current");
      var old = placeOf(current);
      if (old) {
        old.classList.remove("rv-current");
      }
    }
    current = item;
    item.classList.add("rv-current");
    var place = placeOf(item);
    var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (place) {
      place.classList.add("rv-current");
      if (!fromText) {
        place.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
        history.replaceState(null, "", "#" + item.id);
      }
    }
    if (fromText) {
      item.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "nearest" });
    }
  }

  // the places' colours follow the findings shown
  function recolour() {
    document.querySelectorAll(".rv-flagged").forEach(function (el) {
      el.classList.remove("rv-flagged", "rv-flag-error", "rv-flag-warning", "rv-flag-info");
    });
    var worst = new Map();
    items.forEach(function (item) {
      var place = placeOf(item);
      if (!place || item.hidden) {
        return;
      }
      var severity = item.getAttribute("data-severity");
      if (!worst.has(place) || RANK[severity] > RANK[worst.get(place)]) {
        worst.set(place, severity);
      }
    });
    worst.forEach(function (severity, place) {
      place.classList.add("rv-flagged", "rv-flag-" + severity);
    });
  }

  // the severity filter, at once; a severity the page was loaded without is fetched from the server
  var filter = document.getElementById("filter");
  var boxes = Array.prototype.slice.call(filter.querySelectorAll("input[name=severity]"));
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      var shown = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var missing = shown.some(function (s) {
        return Number(document.getElementById("count-" + s).textContent) > 0 &&
          !items.some(function (item) { return item.getAttribute("data-severity") === s; });
      });
      if (missing) {
        filter.submit();
        return;
      }
      items.forEach(function (item) {
        item.hidden = shown.indexOf(item.getAttribute("data-severity")) < 0;
      });
      document.querySelectorAll(".rv-marker").forEach(function (marker) {
        marker.hidden = document.getElementById(marker.getAttribute("data-finding")).hidden;
      });
      recolour();
      var none = document.getElementById("filtered-none");
      none.hidden = items.length === 0 || items.some(function (item) { return !item.hidden; });
      var query = shown.length === boxes.length ? "" : "?" + shown.map(function (s) {
        return "severity=" + encodeURIComponent(s);
      }).join("&");
      history.replaceState(null, "", location.pathname + query);
    });
  });
}
