// node_modules/preact/dist/preact.mjs
var n;
var t$1;
var u$2;
var i$1;
var f$2;
var o$2;
var e$1;
var l$1;
var c$1;
var a$2;
var h$1 = Symbol.for("pv");
var p$1 = {};
var y$1 = [];
var v$1 = /^m(i|n|o|s|text|space)$/;
var w$1 = Array.isArray;
var d$1 = y$1.slice;
var _$1 = Object.assign;
function g$1(n) {
	n && n.parentNode && n.remove();
}
function m$1(r, u, i, f, o) {
	var e = {
		type: r,
		props: u,
		key: i,
		ref: f,
		__k: null,
		__: null,
		__b: 0,
		__e: null,
		__c: null,
		constructor: h$1,
		__v: o || ++t$1,
		__i: -1,
		__u: 0
	};
	return !o && n.vnode && n.vnode(e), e;
}
function $(n) {
	return n.children;
}
function x(n, t) {
	this.props = n, this.context = t, this.__g = 0;
}
function S(n, t) {
	if (null == t) return n.__ && S(n.__, n.__i + 1);
	for (var r; t < n.__k.length; t++) if ((r = n.__k[t]) && r.__e) return r.__e;
	return "function" != typeof n.type || n.props.__P ? null : S(n);
}
function C$1(t) {
	var r, u = t.__v, i = u.__e, f = [], o = [], e = t.__P;
	e && ((r = _$1({ constructor: h$1 }, u)).__v = u.__v + 1, n.vnode && n.vnode(r), z$1(e, r, u, t.__n, e.namespaceURI, 32 & u.__u ? [i] : null, f, i || S(u), 32 & u.__u, o), r.__v = u.__v, r.__.__k[r.__i] = r, E$1(f, r, o), u.__ = u.__e = null, r.__e != i && j(r));
}
function j(n) {
	if ((n = n.__) && n.__c && !n.props.__P) return n.__e = null, n.__k.some(function(t) {
		return t && (n.__e = t.__e);
	}), j(n);
}
function L(t) {
	(8 & t.__g || (t.__g |= 8, u$2.push(t), f$2++)) && i$1 == n.debounceRendering || ((i$1 = n.debounceRendering) || queueMicrotask)(H);
}
function H() {
	try {
		for (var n, t = 1; u$2.length;) u$2.length > t && u$2.sort(o$2), n = u$2.shift(), t = u$2.length, 8 & n.__g && C$1(n);
	} finally {
		(f$2 = u$2.length) && (i$1 || queueMicrotask)(H);
	}
}
function I(n, t, r, u, i, f, o, e, l, c, a) {
	var s, h, v, w, d, _, g = u.__k || y$1, k = t.length;
	for (l = q(r, t, g, l, k), s = 0; s < k; s++) null != (v = r.__k[s]) && (h = ~v.__i && g[v.__i] || p$1, v.__i = s, _ = z$1(n, v, h, i, f, o, e, l, c, a), w = v.__e, (h.ref != v.ref || 8 & h.__u) && (h.ref && G$1(h.ref, null, v, h), v.ref && a.push(v.ref, v.__c || w, v)), d = d || w, 4 & v.__u ? (l = A$1(v, l, n, !h.__v), h.__e && (h.__e = null)) : "function" == typeof v.type && void 0 !== _ ? l = _ : w && (l = w.nextSibling), v.__u &= -21);
	return r.__e = d, l;
}
function q(n, t, r, u, i) {
	var f, o, e, l, c, a, s, p, y, v = r.length, d = v, _ = 0, g = 0, k = n.__k = Array(i);
	for (f = 0; f < i; f++) null != (o = t[f]) && "boolean" != typeof o && "function" != typeof o ? ("object" != typeof o || o.constructor === String ? o = k[f] = m$1(null, o) : w$1(o) ? o = k[f] = m$1($, { children: o }) : o.constructor === h$1 && o.__b ? o = k[f] = m$1(o.type, o.props, o.key, o.ref, o.__v) : k[f] = o, l = f + _, o.__ = n, o.__b = n.__b + 1, e = null, ~(c = o.__i = P(o, r, l, d)) && (d--, (e = r[c]) && (e.__u |= 2)), e && e.__v ? (o.__u |= 16, c == l - 1 ? _-- : c == l + 1 ? _++ : c != l && (c > l ? _-- : _++, g = 1)) : (~c || (i > v ? _-- : i < v && _++), "function" != typeof o.type && (o.__u |= 4))) : k[f] = null;
	if (g) {
		for (a = [], s = [], f = 0; f < i; f++) if ((o = k[f]) && 16 & o.__u) {
			for (_ = 0, p = a.length; _ < p;) a[y = _ + p >> 1] < o.__i ? _ = y + 1 : p = y;
			a[_] = o.__i, s[f] = _ + 1;
		}
		for (_ = a.length; f--;) s[f] && (s[f] == _ ? _-- : k[f].__u |= 4);
	}
	if (d) for (f = 0; f < v; f++) !(e = r[f]) || 2 & e.__u || (e.__e == u && (u = S(e)), J(e, e));
	return u;
}
function A$1(n, t, r, u) {
	var i, f, o, e;
	if ("function" == typeof n.type) {
		if (n.props.__P) return t;
		if (i = n.__k) for (f = 0; f < i.length; f++) i[f] && (i[f].__ = n, t = A$1(i[f], t, r, !1));
		return t;
	}
	for (t && !t.parentNode && (t = S(n)) && !t.parentNode && (t = null), o = n.__e, e = t; e && 8 == e.nodeType;) e = e.nextSibling;
	for (o != e && (!u && r.moveBefore && o.parentNode ? r.moveBefore(o, t) : r.insertBefore(o, t || null)), t = o; (t = t && t.nextSibling) && 8 == t.nodeType && !t.data.startsWith("$s"););
	return t;
}
function P(n, t, r, u) {
	var i, f = n.key, o = n.type, e = t[r], l = e && !(2 & e.__u);
	if (null === e && null == f || l && f == e.key && o == e.type) return r;
	if (u > (l ? 1 : 0)) {
		for (i = r - 1; i >= 0; i--) if ((e = t[i]) && !(2 & e.__u) && f == e.key && o == e.type) return i;
		for (i = r + 1; i < t.length; i++) if ((e = t[i]) && !(2 & e.__u) && f == e.key && o == e.type) return i;
	}
	return -1;
}
function T$1(n, t, r) {
	r ??= "", "-" == t[0] ? n.setProperty(t, r) : n[t] = r;
}
function N(n, t, r, u, i) {
	var f, o;
	if ("style" == t) if ("string" == typeof r) n.style.cssText = r;
	else {
		if ("string" == typeof u && (n.style.cssText = u = ""), u) for (t in u) r && t in r || T$1(n.style, t);
		if (r) for (t in r) u && r[t] == u[t] || T$1(n.style, t, r[t]);
	}
	else if ("o" == t[0] && "n" == t[1]) "function" != typeof r && (r = null), "function" != typeof u && (u = null), (n.__e || (n.__e = {}))[t] = r, r && u || (o = a$2[t] || (a$2[t] = V(t)), (n.__a || (n.__a = {}))[t] = c$1, f = t != (t = t.replace(l$1, "$1")), (t = t.slice(2))[0] < "a" && (t = t.toLowerCase()), r ? n.addEventListener(t, o, f) : n.removeEventListener(t, o, f));
	else {
		if ("http://www.w3.org/2000/svg" == i) t = t.replace(/xlink(H|:h)/, "h").replace(/sName$/, "s");
		else if ("width" != t && "height" != t && "href" != t && "list" != t && "form" != t && "tabIndex" != t && "download" != t && "rowSpan" != t && "colSpan" != t && "role" != t && "popover" != t && t in n) try {
			n[t] = null == r ? "" : r;
			return;
		} catch (n) {}
		if ("function" == typeof r) return;
		null == r || !1 === r && "-" != t[4] ? n.removeAttribute(t) : n.setAttribute(t, "popover" == t && 1 == r ? "" : r);
	}
}
function V(t) {
	return function(r) {
		var u = this.__e;
		if (u) {
			if (u = u[t], null == r[e$1]) r[e$1] = c$1++;
			else if (r[e$1] < this.__a[t]) return;
			return u(n.event ? n.event(r) : r);
		}
	};
}
function z$1(t, r, u, i, f, o, e, l, c, a) {
	var s, p, v, d, k, b, m, M, C, j, L, H, q, A, O, P, T, N, V = r.type;
	if (r.constructor !== h$1) return null;
	128 & u.__u && (c = 32 & u.__u, s = u.__c.__z) && (r.__u |= c, p = o = [], 8 == s.nodeType ? l = B$1(s, o) : o.push(s), l = o[0] || l), (s = n.__b) && s(r);
	n: if ("function" == typeof V) {
		v = e.length;
		try {
			if (M = r.props, C = (s = V.prototype) && s.render, j = (s = V.contextType) && i[s.__c], L = s ? j ? j.props.value : s.__ : i, (d = u.__c) ? (r.__c = d, 2 & d.__g && (d.__g |= 1)) : (C ? r.__c = d = new V(M, L) : (r.__c = d = new x(M, L), d.constructor = V, d.render = K), j && j.sub(d), d.state || (d.state = {}), d.__n = i, d.__g |= 8, d.__h = [], d.__k = []), C && (d.__s || (d.__s = d.state), V.getDerivedStateFromProps && (d.__s == d.state && (d.__s = _$1({}, d.__s)), _$1(d.__s, V.getDerivedStateFromProps(M, d.__s)))), k = d.props, b = d.state, d.__v = r, u.__c) {
				if (M !== k && C && !V.getDerivedStateFromProps && d.componentWillReceiveProps && d.componentWillReceiveProps(M, L), r.__v == u.__v && !(8 & d.__g) || !(4 & d.__g) && d.shouldComponentUpdate && !1 === d.shouldComponentUpdate(M, d.__s, L)) {
					r.__v != u.__v && (d.props = M, d.state = d.__s, d.__g &= -9), r.__e = u.__e, r.__k = u.__k, r.__k.some(function(n) {
						n && (n.__ = r);
					}), y$1.push.apply(d.__h, d.__k), d.__k = [], d.__h.length && e.push(d), l = S(u);
					break n;
				}
				d.componentWillUpdate && d.componentWillUpdate(M, d.__s, L), C && d.componentDidUpdate && d.__h.push(function() {
					d.componentDidUpdate(k, b, m);
				});
			} else C && !V.getDerivedStateFromProps && d.componentWillMount && d.componentWillMount(), C && d.componentDidMount && d.__h.push(d.componentDidMount);
			d.context = L, d.props = M, d.__P = t, d.__g &= -5, H = n.__r, q = C ? 25 : 0;
			do
				d.__g &= -9, H && H(r), s = d.render(d.props, d.state = d.__s, d.context);
			while (8 & d.__g && ++q < 25);
			C && (y$1.push.apply(d.__h, d.__k), d.__k = []), d.state = d.__s, d.getChildContext && (i = _$1({}, i, d.getChildContext())), C && u.__c && d.getSnapshotBeforeUpdate && (m = d.getSnapshotBeforeUpdate(k, b)), A = s && s.type === $ && null == s.key ? s.props.children : s, M.__P && (s = l, f = (t = M.__P).namespaceURI, c = o = null, u.props && u.props.__P != t && (u.__k.some(function(n) {
				n && J(n, n);
			}), u.__k = null), l = u.__k ? S(u, 0) : null), l = I(t, w$1(A) ? A : [A], r, u, i, f, o, e, l, c, a), M.__P && (r.__e = null, l = s), r.__u &= -161, p && p.some(g$1), d.__h.length && e.push(d), 1 & d.__g && (d.__g &= -4);
		} catch (t) {
			if (e.length = v, r.__v = null, c || o) if (t && t.then) {
				if (r.__u |= 128 | c, o) {
					for (~(T = o.indexOf(l || void 0)) || (T = o.length); (N = o[T - 1]) && 8 == N.nodeType;) T--;
					for (; T < o.length; T++) if (N = o[T]) if (o[T] = null, O) {
						if (N == P) break;
					} else {
						if (8 != N.nodeType) break;
						N.data.startsWith("$s") && (P = B$1(O = N));
					}
				}
				if (!O) {
					for (; l && 8 == l.nodeType && l.nextSibling;) l = l.nextSibling;
					O = l;
				}
				(s = B$1(O = r.__c.__z || (r.__c.__z = O))) ? (r.__e = O, l = s) : r.__e = l, l = l && l.nextSibling;
			} else o && o.some(g$1);
			else r.__e = u.__e;
			r.__k || (r.__k = u.__k || []), t && t.then || D$1(r), n.__e(t, r, u);
		}
	} else l = r.__e = F(u.__e, r, u, i, f, o, e, c, a, t);
	return (s = n.diffed) && s(r), l;
}
function B$1(n, t) {
	if (n && 8 == n.nodeType && n.data.startsWith("$s")) for (var r = 1; n = n.nextSibling;) {
		if (8 == n.nodeType) {
			if (n.data.startsWith("$s")) r++;
			else if (n.data.startsWith("/$s") && !--r) return n;
		}
		t && t.push(n);
	}
}
function D$1(n) {
	n && (n.__c && (n.__c.__g |= 4), n.__k && n.__k.some(D$1));
}
function E$1(t, r, u) {
	for (var i = 0; i < u.length;) G$1(u[i++], u[i++], u[i++]);
	n.__c && n.__c(r, t), t.some(function(r) {
		try {
			t = r.__h, r.__h = [], t.some(function(n) {
				n.call(r);
			});
		} catch (t) {
			n.__e(t, r.__v);
		}
	});
}
function F(t, r, u, i, f, o, e, l, c, a) {
	var s, h, y, _, k, b, m, M, $ = u.props || p$1, x = r.props, C = r.type;
	if ("svg" == C ? f = "http://www.w3.org/2000/svg" : "math" == C ? f = "http://www.w3.org/1998/Math/MathML" : f || (f = "http://www.w3.org/1999/xhtml"), o) {
		for (s = 0; s < o.length; s++) if ((k = o[s]) && (C ? k.localName == C : 3 == k.nodeType)) {
			t = k, o[s] = null;
			break;
		}
	}
	if (!t) {
		if (M = a.ownerDocument || document, !C) return M.createTextNode(x);
		t = M.createElementNS(f, C, x.is ? x : a), l && (n.__m && n.__m(r, o), l = !1), o = null;
	}
	if (C) {
		if (a = "template" == C && t.content || t, o = "textarea" == C && null != x.defaultValue ? null : o && d$1.call(a.childNodes), !l && o) for ($ = {}, s = 0; s < t.attributes.length; s++) $[(k = t.attributes[s]).name] = k.value;
		for (s in $) k = $[s], "dangerouslySetInnerHTML" == s ? y = k : "children" == s || s in x || "value" == s && "defaultValue" in x || "checked" == s && "defaultChecked" in x || N(t, s, null, k, f);
		for (s in x) k = x[s], "children" == s ? _ = k : "dangerouslySetInnerHTML" == s ? h = k : "value" == s ? b = k : "checked" == s ? m = k : l && "function" != typeof k || $[s] === k || N(t, s, k, $[s], f);
		h ? (l || y && (h.__html == y.__html || h.__html == t.innerHTML) || (t.innerHTML = h.__html), r.__k = []) : (y && (t.textContent = ""), ("foreignObject" == C || "http://www.w3.org/1998/Math/MathML" == f && v$1.test(C)) && (f = "http://www.w3.org/1999/xhtml"), I(a, w$1(_) ? _ : [_], r, u, i, f, o, e, o ? o[0] : u.__k && S(u, 0), l, c), o && o.some(g$1)), l && "textarea" != C || (s = "value", "progress" == C && null == b ? t.removeAttribute(s) : null == b || b === t[s] && ("progress" != C || b) || N(t, s, b, $[s], f), s = "checked", null != m && m != t[s] && N(t, s, m, $[s], f));
	} else $ === x || l && t.data == x || (t.data = x);
	return t;
}
function G$1(t, r, u, i) {
	try {
		"function" == typeof t ? r ? r.__x = t(r) || 1 : i && (i = i.__c || i.__e) && (r = i.__x) && (i.__x = null, "function" == typeof r ? r() : t(null)) : t.current = r;
	} catch (t) {
		n.__e(t, u);
	}
}
function J(t, r, u) {
	var i, f, o, e;
	if (n.unmount && n.unmount(t), !(i = t.ref) || i.current && i.current != t.__e || G$1(i, null, r, t), i = t.__c) {
		if (i.componentWillUnmount) try {
			i.componentWillUnmount();
		} catch (t) {
			n.__e(t, r);
		}
		i.__P = i.__n = null;
	}
	if (i = t.__k) for (e = 0; e < i.length; e++) i[e] && J(i[e], r, "function" != typeof t.type || u && !t.props.__P);
	!u && (i = t.__c) && (i = i.__z) && (f = B$1(i, o = [])) && (i == t.__e && o.some(g$1), g$1(f), g$1(i)), u || g$1(t.__e), t.__e = t.__c = t.__ = null;
}
function K(n, t, r) {
	return this.constructor(n, r);
}
function Q(t, r) {
	var u, i, f, o;
	n.__ && n.__(t, r), 9 == r.nodeType && (r = r.documentElement), i = (u = t && 32 & t.__u) ? null : r.__k, r.__k = m$1($, { children: [t] }), f = [], o = [], z$1(r, r.__k, i || p$1, p$1, r.namespaceURI, i ? null : r.firstChild ? d$1.call(r.childNodes) : null, f, i ? i.__e : r.firstChild, u, o), E$1(f, r.__k, o), r.__k.props.children = null;
}
n = { __e: function(n, t, r, u) {
	for (var i, o, e; t = t.__;) if ((i = t.__c) && !(1 & i.__g)) {
		i.__g |= 4;
		try {
			if ((e = (o = i.constructor) && o.getDerivedStateFromError) && i.setState(o.getDerivedStateFromError(n)), i.componentDidCatch && (i.componentDidCatch(n, u || {}), e = 1), e && 8 & i.__g) return void (i.__g |= 2);
		} catch (t) {
			n = t;
		}
	}
	throw f$2 = 0, n;
} }, t$1 = 0, x.prototype.setState = function(n, t) {
	var r = this.__s;
	r && r != this.state || (r = this.__s = _$1({}, this.state)), "function" == typeof n && (n = n(_$1({}, r), this.props)), n && (_$1(r, n), this.__v && (t && this.__k.push(t), L(this)));
}, x.prototype.forceUpdate = function(n) {
	this.__v && (this.__g |= 4, n && this.__h.push(n), L(this));
}, x.prototype.render = $, u$2 = [], f$2 = 0, o$2 = function(n, t) {
	return n.__v.__b - t.__v.__b;
}, e$1 = Symbol(), l$1 = /(PointerCapture)$|Capture$/i, c$1 = 0, a$2 = {};
// node_modules/preact/hooks/dist/hooks.mjs
var t;
var r;
var u$1;
var i;
var o$1 = Object.is;
var f$1 = 0;
var c = [];
var e = [];
var a$1 = n;
var v = a$1.__b;
var l = a$1.__r;
var m = a$1.diffed;
var h = a$1.__c;
var s = a$1.unmount;
var p = a$1.__;
function y(n, t) {
	a$1.__h && a$1.__h(r, n, f$1 || t), f$1 = 0;
	var u = r.__H || (r.__H = {
		__: [],
		__h: []
	});
	return n >= u.__.length && u.__.push({}), u.__[n];
}
function d(n) {
	return f$1 = 1, _(G, n);
}
function _(n, u, i) {
	var f = y(t++, 2);
	if (f.t = n, !f.__c && (f.__ = [i ? i(u) : G(void 0, u), function(n) {
		var t = (f.__N || f.__)[0], r = f.t(t, n);
		o$1(t, r) || (f.__N = [r, f.__[1]], f.__c.setState({}));
	}], f.__c = r, !r.__f)) {
		r.__f = !0;
		var c = r.shouldComponentUpdate;
		r.shouldComponentUpdate = function(n, t, r) {
			var u = this.__H;
			if (!u) return !0;
			var i = !1, f = this.props != n;
			if (u.__.some(function(n) {
				n.__N && (i = !0, o$1(n.__[0], n.__N[0]) || (f = !0));
			}), c) {
				var e = c.call(this, n, t, r);
				return i ? e || f : e;
			}
			return !i || f;
		};
	}
	return f.__;
}
function A(n, u) {
	var i = y(t++, 3);
	!a$1.__s && E(i.__H, u) && (i.__P = !0, i.__ = n, i.u = u, r.__H.__h.push(i));
}
function T(n) {
	return f$1 = 5, w(function() {
		return { current: n };
	}, []);
}
function w(n, r) {
	var u = y(t++, 7);
	return E(u.__H, r) && (u.__ = n(), u.__H = r), u.__;
}
function g() {
	var n;
	do {
		for (; n = e.shift();) try {
			C(n);
		} catch (t) {
			a$1.__e(t, { __: (n = n.__P) && n.__v });
		}
		for (; n = c.shift();) {
			var t = n.__H;
			if (n.__P && t) try {
				t.__h.some(C), t.__h.some(D), t.__h = [];
			} catch (r) {
				t.__h = [], a$1.__e(r, n.__v);
			}
		}
	} while (e.length);
}
a$1.__b = function(n) {
	r = null, v && v(n);
}, a$1.__ = function(n, t) {
	n && t.__k && t.__k.__m && (n.__m = t.__k.__m), p && p(n, t);
}, a$1.__r = function(n) {
	l && l(n), t = 0;
	var i = (r = n.__c).__H;
	i && (u$1 == r ? r.__h = [] : (i.__h.some(C), i.__h.some(D), t = 0), i.__h = [], i.__.some(function(n) {
		n.__N && (n.__ = n.__N), n.u = n.__N = void 0;
	})), u$1 = r;
}, a$1.diffed = function(n) {
	m && m(n);
	var t = n.__c;
	t && t.__H && (t.__H.__h.length && B(c.push(t)), t.__H.__.some(function(n) {
		n.u && (n.__H = n.u);
	})), u$1 = r = null;
}, a$1.__c = function(n, t) {
	t.some(function(n) {
		try {
			n.__h.some(C), n.__h = n.__h.filter(function(n) {
				return !n.__ || D(n);
			});
		} catch (t) {
			n.__h = [function() {
				throw t;
			}];
		}
	}), h && h(n, t);
}, a$1.unmount = function(n) {
	s && s(n);
	var t, r, u = n.__c;
	u && u.__H && (u.__H.__.some(function(u) {
		try {
			if (u.__P && u.__c) {
				if (void 0 === r) {
					for (r = n.__; r && (!r.__c || !r.__c.__P);) r = r.__;
					r = r && r.__c;
				}
				u.__P = r, B(e.push(u));
			} else C(u);
		} catch (n) {
			t = n;
		}
	}), u.__H = void 0, t && a$1.__e(t, u.__v));
};
var k = "function" == typeof requestAnimationFrame;
function z(n) {
	var t, r = function() {
		clearTimeout(u), k && cancelAnimationFrame(t), setTimeout(n);
	}, u = setTimeout(r, 35);
	k && (t = requestAnimationFrame(r));
}
function B(n) {
	1 != n && i == a$1.requestAnimationFrame || ((i = a$1.requestAnimationFrame) || z)(g);
}
function C(n) {
	var t = r, u = n.__c;
	"function" == typeof u && (n.__c = void 0, u()), r = t;
}
function D(n) {
	var t = r;
	n.__c = n.__(), r = t;
}
function E(n, t) {
	return !n || n.length != t.length || t.some(function(t, r) {
		return !o$1(t, n[r]);
	});
}
function G(n, t) {
	return "function" == typeof t ? t(n) : t;
}
// src/ui/page/client.ts
/** An answer of the API that is an error: its message says what was wrong and what to do. */
var ApiError = class extends Error {
	code;
	constructor(code, message) {
		super(message);
		this.code = code;
	}
};
/** Calls the server's API (the token travels in the page's cookie) and gives its JSON. */
async function call(method, path, body) {
	const response = await fetch(`/api${path}`, {
		method,
		headers: body === void 0 ? {} : { "content-type": "application/json" },
		...body === void 0 ? {} : { body: JSON.stringify(body) }
	});
	const answer = await response.json();
	if (!response.ok) throw new ApiError(answer.error?.code ?? String(response.status), answer.error?.message ?? response.statusText);
	return answer;
}
/** `?remote=` for a remote other than the command's. */
function remoteQuery(remote, more = {}) {
	const query = new URLSearchParams({
		...remote ? { remote } : {},
		...more
	}).toString();
	return query ? `?${query}` : "";
}
/** Polls a job until it ends, handing each state to `onChange`. */
async function follow(started, onChange) {
	let job = started;
	onChange(job);
	while (job.state === "running") {
		await new Promise((resolve) => setTimeout(resolve, 250));
		job = await call("GET", `/jobs/${job.id}`);
		onChange(job);
	}
	return job;
}
// src/engine/progress.ts
/** What each phase is called, for people: the CLI's progress lines and the web page's. */
const PHASE_LABEL = {
	wait: "Waiting for the instance at",
	connect: "Connected to",
	capture: "Capturing",
	store: "Storing",
	verify: "Verified",
	read: "Reading",
	clear: "Clearing",
	restore: "Restoring"
};
// src/engine/util/bytes.ts
/** A size for people: bytes, or KiB, MiB… with one decimal. */
function formatBytes(bytes) {
	const units = [
		"B",
		"KiB",
		"MiB",
		"GiB",
		"TiB"
	];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
// node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs
var f = Symbol.for("pv");
var o = 0;
Array.isArray;
function a(t, e, n$1, u, a, i) {
	e || (e = {});
	var c, l, p = e;
	if ("ref" in p && "function" != typeof t) for (l in p = {}, e) "ref" == l ? c = e[l] : p[l] = e[l];
	var s = {
		type: t,
		props: p,
		key: n$1,
		ref: c,
		__k: null,
		__: null,
		__b: 0,
		__e: null,
		__c: null,
		constructor: f,
		__v: --o,
		__i: -1,
		__u: 0
	};
	return (a || i) && (s.__source = a, s.__self = i), n.vnode && n.vnode(s), s;
}
// src/ui/page/shared.tsx
/**
* Fetches with `load` whenever `deps` change; `reload` fetches again, showing what it has
* meanwhile (so a form below keeps its state and its result).
*/
function useLoaded(load, deps) {
	const [loaded, setLoaded] = d({ state: "loading" });
	const [round, setRound] = d(0);
	const shown = T(void 0);
	A(() => {
		let current = true;
		const key = JSON.stringify(deps);
		if (shown.current !== key) setLoaded({ state: "loading" });
		shown.current = key;
		load().then((value) => current && setLoaded({
			state: "ok",
			value
		}), (error) => current && setLoaded({
			state: "error",
			message: messageOf(error)
		}));
		return () => {
			current = false;
		};
	}, [...deps, round]);
	return [loaded, () => setRound((r) => r + 1)];
}
function messageOf(error) {
	return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}
/** An error, announced as it appears. */
function Alert({ children }) {
	return /* @__PURE__ */ a("p", {
		class: "error",
		role: "alert",
		children
	});
}
/** Renders a fetched value, or says it is loading, or shows the error. */
function Show({ loaded, children }) {
	if (loaded.state === "loading") return /* @__PURE__ */ a("p", {
		class: "muted",
		role: "status",
		children: "Loading…"
	});
	if (loaded.state === "error") return /* @__PURE__ */ a("p", {
		class: "error",
		role: "alert",
		children: loaded.message
	});
	return /* @__PURE__ */ a($, { children: children(loaded.value) });
}
function Table({ caption, head, rows, numeric = [] }) {
	return /* @__PURE__ */ a("table", { children: [
		/* @__PURE__ */ a("caption", {
			class: "muted",
			style: "text-align:left",
			children: caption
		}),
		/* @__PURE__ */ a("thead", { children: /* @__PURE__ */ a("tr", { children: head.map((h, i) => /* @__PURE__ */ a("th", {
			scope: "col",
			class: numeric.includes(i) ? "number" : void 0,
			children: h
		})) }) }),
		/* @__PURE__ */ a("tbody", { children: rows.map((row) => /* @__PURE__ */ a("tr", { children: row.map((cell, i) => /* @__PURE__ */ a("td", {
			class: numeric.includes(i) ? "number" : void 0,
			children: cell
		})) })) })
	] });
}
/** Where a running job has got, one line per phase, announced to screen readers. */
function Progress({ events }) {
	return /* @__PURE__ */ a("ul", {
		role: "status",
		"aria-label": "Progress",
		children: events.map((e) => /* @__PURE__ */ a("li", { children: [
			PHASE_LABEL[e.phase],
			" ",
			e.subject,
			" (",
			e.done,
			")"
		] }))
	});
}
/**
* A modal confirmation that names what goes: `onConfirm` runs on the confirming button,
* Escape or Cancel closes it.
*/
function Confirm({ title, children, confirm, onConfirm, onCancel }) {
	const dialog = T(null);
	A(() => dialog.current?.showModal(), []);
	return /* @__PURE__ */ a("dialog", {
		ref: dialog,
		"aria-label": title,
		onClose: onCancel,
		children: [
			/* @__PURE__ */ a("h2", { children: title }),
			children,
			/* @__PURE__ */ a("form", {
				method: "dialog",
				onSubmit: (e) => e.preventDefault(),
				children: [/* @__PURE__ */ a("button", {
					type: "button",
					class: "danger",
					onClick: onConfirm,
					children: confirm
				}), /* @__PURE__ */ a("button", {
					type: "button",
					onClick: onCancel,
					children: "Cancel"
				})]
			})
		]
	});
}
// src/ui/page/instance.tsx
/** Which pod fed each service of the running instance, and a browser of what it holds. */
function InstanceView({ endpoint, services }) {
	const [status, reload] = useLoaded(() => call("GET", "/instance/status"), []);
	const [service, setService] = d("");
	const [resources, setResources] = d();
	async function browse(event) {
		event.preventDefault();
		setResources({ state: "loading" });
		try {
			const value = await call("GET", `/instance/resources${service ? `?services=${encodeURIComponent(service)}` : ""}`);
			setResources({
				state: "ok",
				value
			});
		} catch (e) {
			setResources({
				state: "error",
				message: e instanceof Error ? e.message : String(e)
			});
		}
	}
	return /* @__PURE__ */ a($, { children: [
		/* @__PURE__ */ a("h2", { children: ["The instance at ", endpoint] }),
		/* @__PURE__ */ a("p", { children: /* @__PURE__ */ a("button", {
			type: "button",
			onClick: reload,
			children: "Refresh status"
		}) }),
		/* @__PURE__ */ a(Show, {
			loaded: status,
			children: (s) => /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("p", { children: [
				s.instance.brand,
				" ",
				s.instance.version ?? "",
				" ",
				s.restartedSince ? `(restarted since ${s.restartedSince}, keeping its state)` : ""
			] }), s.state.length === 0 ? /* @__PURE__ */ a("p", { children: "The instance holds no state." }) : /* @__PURE__ */ a(Table, {
				caption: "Where the state of each service came from",
				head: [
					"Service",
					"Account",
					"Region",
					"Resources",
					"From"
				],
				numeric: [3],
				rows: s.state.map((o) => [
					o.service,
					o.account,
					o.region,
					String(o.resources),
					o.pods.length === 0 ? "no pod" : o.pods.map((c) => `${c.pod.name}:${c.pod.version}${c.strategy ? ` (${c.strategy})` : ""}`).join(", ")
				])
			})] })
		}),
		/* @__PURE__ */ a("h3", { children: "Resources" }),
		/* @__PURE__ */ a("form", {
			onSubmit: browse,
			"aria-label": "Browse resources",
			children: [/* @__PURE__ */ a("label", { children: ["Service", /* @__PURE__ */ a("select", {
				value: service,
				onChange: (e) => setService(e.target.value),
				children: [/* @__PURE__ */ a("option", {
					value: "",
					children: "every service"
				}), services.map((s) => /* @__PURE__ */ a("option", {
					value: s,
					children: s
				}))]
			})] }), /* @__PURE__ */ a("button", {
				type: "submit",
				children: "Browse"
			})]
		}),
		resources && /* @__PURE__ */ a(Show, {
			loaded: resources,
			children: (r) => r.state.length === 0 ? /* @__PURE__ */ a("p", { children: "Nothing there." }) : /* @__PURE__ */ a(Table, {
				caption: "Resources the instance holds, as a save would keep them",
				head: [
					"Service",
					"Account",
					"Region",
					"Type",
					"Id"
				],
				rows: r.state.flatMap((scope) => (scope.ids ?? []).map((id) => [
					scope.service,
					scope.account,
					scope.region,
					id.type,
					id.id
				]))
			})
		})
	] });
}
// src/ui/page/pod.tsx
const STRATEGIES = [
	["account-region-merge", "each (service, account, region) in the pod becomes the pod's; the rest stays"],
	["merge", "each service in the pod becomes the pod's; other services stay"],
	["deep-merge", "resources are merged one by one, the pod's version wins; nothing is deleted"],
	["overwrite", "the instance becomes exactly the pod; everything else is reset"]
];
function total(resources) {
	return Object.values(resources).reduce((a, b) => a + b, 0);
}
function source(v) {
	const s = v.config.source;
	return [
		s.brand,
		s.edition,
		s.version
	].filter(Boolean).join(" ");
}
/** A version's layers per service, and its accounts and regions with their resource counts. */
function VersionDetails({ remote, name, version }) {
	const [loaded] = useLoaded(() => call("GET", `/pods/${encodeURIComponent(name)}/${version}${remoteQuery(remote)}`), [
		remote,
		name,
		version
	]);
	return /* @__PURE__ */ a("section", {
		"aria-label": `Details of ${name}:${version}`,
		children: [/* @__PURE__ */ a("h3", { children: [
			"Details of ",
			name,
			":",
			version
		] }), /* @__PURE__ */ a(Show, {
			loaded,
			children: (pod) => {
				const scopes = /* @__PURE__ */ new Map();
				for (const l of pod.layers) scopes.set(`${l.account} ${l.region}`, (scopes.get(`${l.account} ${l.region}`) ?? 0) + l.resources);
				return /* @__PURE__ */ a($, { children: [
					/* @__PURE__ */ a(Table, {
						caption: "Layers per service",
						head: [
							"Service",
							"Account",
							"Region",
							"Resources",
							"Size"
						],
						numeric: [3, 4],
						rows: pod.layers.map((l) => [
							l.service,
							l.account,
							l.region,
							String(l.resources),
							formatBytes(l.size)
						])
					}),
					/* @__PURE__ */ a(Table, {
						caption: "Accounts and regions",
						head: [
							"Account",
							"Region",
							"Resources"
						],
						numeric: [2],
						rows: [...scopes].map(([scope, n]) => [...scope.split(" "), String(n)])
					}),
					/* @__PURE__ */ a("p", {
						class: "muted",
						children: [
							"Payload blobs: ",
							pod.payloads.blobs,
							" (",
							formatBytes(pod.payloads.bytes),
							")"
						]
					})
				] });
			}
		})]
	});
}
/** What changed from one version to another, per service. */
function DiffView({ remote, name, from, to }) {
	const [loaded] = useLoaded(() => call("GET", `/diff${remoteQuery(remote, {
		name,
		from: String(from),
		to: String(to)
	})}`), [
		remote,
		name,
		from,
		to
	]);
	return /* @__PURE__ */ a("section", {
		"aria-label": `Diff of ${name} ${from} to ${to}`,
		children: [/* @__PURE__ */ a("h3", { children: [
			"From version ",
			from,
			" to version ",
			to
		] }), /* @__PURE__ */ a(Show, {
			loaded,
			children: (diff) => diff.services.length === 0 ? /* @__PURE__ */ a("p", { children: "The two versions hold the same resources." }) : /* @__PURE__ */ a(Table, {
				caption: "Resources created, changed and removed per service",
				head: [
					"Service",
					"Change",
					"Type",
					"Id",
					"Account",
					"Region"
				],
				rows: diff.services.flatMap((s) => [
					"created",
					"changed",
					"removed"
				].flatMap((kind) => s[kind].map((r) => [
					s.service,
					kind,
					r.type,
					r.id,
					r.account,
					r.region
				])))
			})
		})]
	});
}
/** Loads a version into the instance: strategy, a dry-run preview first, then Load, its progress and result. */
function LoadPanel({ remote, name, version, encrypted, onClose }) {
	const [strategy, setStrategy] = d("account-region-merge");
	const [passphrase, setPassphrase] = d("");
	const [preview, setPreview] = d();
	const [job, setJob] = d();
	const [error, setError] = d();
	const ref = `${name}:${version}`;
	async function run(dryRun) {
		setError(void 0);
		try {
			await follow(await call("POST", "/load", {
				remote,
				ref,
				strategy,
				dryRun,
				...passphrase ? { passphrase } : {}
			}), dryRun ? setPreview : setJob);
		} catch (e) {
			setError(messageOf(e));
		}
	}
	const planned = preview?.state === "done" ? preview.result?.planned ?? [] : void 0;
	return /* @__PURE__ */ a("section", {
		"aria-label": `Load ${ref}`,
		children: [
			/* @__PURE__ */ a("h3", { children: [
				"Load ",
				ref,
				" into the instance"
			] }),
			/* @__PURE__ */ a("label", { children: ["Strategy", /* @__PURE__ */ a("select", {
				value: strategy,
				onChange: (e) => {
					setStrategy(e.target.value);
					setPreview(void 0);
				},
				children: STRATEGIES.map(([value, meaning]) => /* @__PURE__ */ a("option", {
					value,
					children: [
						value,
						": ",
						meaning
					]
				}))
			})] }),
			encrypted && /* @__PURE__ */ a("label", { children: ["Passphrase (the version is encrypted; a key file the server was given opens it too)", /* @__PURE__ */ a("input", {
				type: "password",
				autoComplete: "off",
				value: passphrase,
				onInput: (e) => setPassphrase(e.target.value)
			})] }),
			/* @__PURE__ */ a("p", { children: [
				/* @__PURE__ */ a("button", {
					type: "button",
					onClick: () => run(true),
					disabled: preview?.state === "running" || job?.state === "running",
					children: "Preview"
				}),
				" ",
				/* @__PURE__ */ a("button", {
					type: "button",
					onClick: () => run(false),
					disabled: !planned || job?.state === "running",
					children: "Load"
				}),
				" ",
				/* @__PURE__ */ a("button", {
					type: "button",
					onClick: onClose,
					children: "Close"
				})
			] }),
			preview?.state === "running" && /* @__PURE__ */ a(Progress, { events: preview.progress }),
			preview?.state === "failed" && /* @__PURE__ */ a(Alert, { children: ["Preview failed: ", preview.error?.message] }),
			planned && /* @__PURE__ */ a(Table, {
				caption: `Loading ${ref} with ${strategy} would create ${planned.filter((c) => c.action === "create").length}, change ${planned.filter((c) => c.action === "change").length} and delete ${planned.filter((c) => c.action === "delete").length} resource(s)`,
				head: [
					"Action",
					"Service",
					"Account",
					"Region",
					"Type",
					"Id"
				],
				rows: planned.map((c) => [
					c.action,
					c.service,
					c.account,
					c.region,
					c.type,
					c.id
				])
			}),
			job && job.state === "running" && /* @__PURE__ */ a(Progress, { events: job.progress }),
			job?.state === "done" && job.result && /* @__PURE__ */ a("p", {
				role: "status",
				children: [
					"Loaded ",
					ref,
					" into ",
					job.result.target.endpoint,
					" (",
					job.result.target.brand,
					"): ",
					total(job.result.resources),
					" resource(s) of",
					" ",
					job.result.services.join(", ") || "no service",
					".",
					job.result.warnings.length > 0 && ` ${job.result.warnings.length} warning(s): ${job.result.warnings.map((w) => `${w.service} ${w.resource}: ${w.message}`).join("; ")}`
				]
			}),
			job?.state === "failed" && /* @__PURE__ */ a(Alert, { children: ["The instance rejected the load: ", job.error?.message] }),
			error && /* @__PURE__ */ a(Alert, { children: error })
		]
	});
}
/** A pod: its versions with their metadata, and what can be done with each. */
function PodView({ remote, name, onBack }) {
	const [loaded, reload] = useLoaded(() => call("GET", `/pods/${encodeURIComponent(name)}${remoteQuery(remote)}`), [remote, name]);
	const [panel, setPanel] = d();
	const [deleting, setDeleting] = d();
	const [notice, setNotice] = d();
	async function remove(version) {
		setDeleting(void 0);
		setPanel(void 0);
		try {
			const result = await call("DELETE", `/pods/${encodeURIComponent(name)}/${version}${remoteQuery(remote)}`);
			setNotice(`Deleted ${name}:${version} (${formatBytes(result.freedBytes)} freed).`);
		} catch (e) {
			setNotice(messageOf(e));
		}
		reload();
	}
	function diff(event) {
		event.preventDefault();
		const form = new FormData(event.target);
		setPanel({
			kind: "diff",
			from: Number(form.get("from")),
			to: Number(form.get("to"))
		});
	}
	return /* @__PURE__ */ a($, { children: [
		/* @__PURE__ */ a("p", { children: /* @__PURE__ */ a("button", {
			type: "button",
			onClick: onBack,
			children: "All pods"
		}) }),
		/* @__PURE__ */ a("h2", { children: ["Pod ", name] }),
		notice && /* @__PURE__ */ a("p", {
			role: "status",
			children: notice
		}),
		/* @__PURE__ */ a(Show, {
			loaded,
			children: ({ versions }) => /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a(Table, {
				caption: "Versions, oldest first",
				head: [
					"Version",
					"Created",
					"Message",
					"Source",
					"Services",
					"Resources",
					"Size",
					"Encrypted",
					""
				],
				numeric: [
					0,
					5,
					6
				],
				rows: versions.map((v) => [
					String(v.version),
					v.created,
					v.message,
					source(v),
					v.config.services.join(", ") || "-",
					String(total(v.config.resources)),
					formatBytes(v.size),
					v.encryptedFor === void 0 ? "no" : v.encryptedFor === "passphrase" ? "with a passphrase" : `for ${v.encryptedFor.length} recipient(s)`,
					/* @__PURE__ */ a($, { children: [
						/* @__PURE__ */ a("button", {
							type: "button",
							"aria-label": `Details of version ${v.version}`,
							onClick: () => setPanel({
								kind: "details",
								version: v.version
							}),
							children: "Details"
						}),
						" ",
						/* @__PURE__ */ a("button", {
							type: "button",
							"aria-label": `Load version ${v.version}`,
							onClick: () => setPanel({
								kind: "load",
								version: v.version
							}),
							children: "Load"
						}),
						" ",
						/* @__PURE__ */ a("button", {
							type: "button",
							class: "danger",
							"aria-label": `Delete version ${v.version}`,
							onClick: () => setDeleting(v.version),
							children: "Delete"
						})
					] })
				])
			}), versions.length > 1 && /* @__PURE__ */ a("form", {
				onSubmit: diff,
				"aria-label": "Compare versions",
				children: [
					/* @__PURE__ */ a("label", { children: ["From version", /* @__PURE__ */ a("select", {
						name: "from",
						children: versions.map((v, i) => /* @__PURE__ */ a("option", {
							value: v.version,
							selected: i === versions.length - 2,
							children: v.version
						}))
					})] }),
					/* @__PURE__ */ a("label", { children: ["To version", /* @__PURE__ */ a("select", {
						name: "to",
						children: versions.map((v, i) => /* @__PURE__ */ a("option", {
							value: v.version,
							selected: i === versions.length - 1,
							children: v.version
						}))
					})] }),
					/* @__PURE__ */ a("button", {
						type: "submit",
						children: "Diff"
					})
				]
			})] })
		}),
		panel?.kind === "details" && /* @__PURE__ */ a(VersionDetails, {
			remote,
			name,
			version: panel.version
		}),
		panel?.kind === "diff" && /* @__PURE__ */ a(DiffView, {
			remote,
			name,
			from: panel.from,
			to: panel.to
		}),
		panel?.kind === "load" && loaded.state === "ok" && /* @__PURE__ */ a(LoadPanel, {
			remote,
			name,
			version: panel.version,
			encrypted: loaded.value.versions.find((v) => v.version === panel.version)?.encryptedFor !== void 0,
			onClose: () => setPanel(void 0)
		}),
		deleting !== void 0 && /* @__PURE__ */ a(Confirm, {
			title: `Delete version ${name}:${deleting}?`,
			confirm: `Delete ${name}:${deleting}`,
			onConfirm: () => remove(deleting),
			onCancel: () => setDeleting(void 0),
			children: /* @__PURE__ */ a("p", { children: [
				"Version ",
				deleting,
				" of ",
				/* @__PURE__ */ a("strong", { children: name }),
				" goes, and the blobs no other version uses are freed. This cannot be undone."
			] })
		})
	] });
}
// src/ui/page/pods.tsx
/** Stored against referenced bytes, as two bars: what deduplication saves is the difference. */
function UsageChart({ usage }) {
	const max = Math.max(usage.referencedBytes, 1);
	const width = (bytes) => Math.max(2, Math.round(bytes / max * 300));
	return /* @__PURE__ */ a("svg", {
		class: "chart",
		role: "img",
		"aria-label": `Stored ${formatBytes(usage.storedBytes)} of ${formatBytes(usage.referencedBytes)} referenced`,
		width: "420",
		height: "44",
		children: [
			/* @__PURE__ */ a("rect", {
				class: "referenced",
				x: "110",
				y: "2",
				height: "16",
				width: width(usage.referencedBytes)
			}),
			/* @__PURE__ */ a("text", {
				x: "0",
				y: "15",
				children: "referenced"
			}),
			/* @__PURE__ */ a("rect", {
				class: "stored",
				x: "110",
				y: "24",
				height: "16",
				width: width(usage.storedBytes)
			}),
			/* @__PURE__ */ a("text", {
				x: "0",
				y: "37",
				children: "stored"
			})
		]
	});
}
function Usage({ usage }) {
	const saved = usage.referencedBytes - usage.storedBytes;
	return /* @__PURE__ */ a("section", {
		"aria-label": "Storage use",
		children: [/* @__PURE__ */ a("p", { children: [
			usage.pods,
			" pod(s), ",
			usage.versions,
			" version(s): ",
			/* @__PURE__ */ a("strong", { children: formatBytes(usage.storedBytes) }),
			" stored for",
			" ",
			formatBytes(usage.referencedBytes),
			" the versions reference; deduplication saves ",
			formatBytes(saved),
			usage.referencedBytes > 0 ? ` (${Math.round(saved / usage.referencedBytes * 100)}%)` : "",
			"."
		] }), /* @__PURE__ */ a(UsageChart, { usage })]
	});
}
/** Saves the instance's state as a new pod, or the next version of one, with a message and services. */
function SaveForm({ remote, pods, services, onSaved }) {
	const [job, setJob] = d();
	const [error, setError] = d();
	const running = job?.state === "running";
	async function submit(event) {
		event.preventDefault();
		const form = new FormData(event.target);
		const chosen = form.getAll("service").map(String);
		setError(void 0);
		try {
			if ((await follow(await call("POST", "/save", {
				remote,
				name: String(form.get("name") ?? ""),
				message: String(form.get("message") ?? ""),
				...chosen.length > 0 ? { services: chosen.join(",") } : {}
			}), setJob)).state === "done") onSaved();
		} catch (e) {
			setError(messageOf(e));
		}
	}
	return /* @__PURE__ */ a("section", {
		"aria-labelledby": "save-title",
		children: [
			/* @__PURE__ */ a("h2", {
				id: "save-title",
				children: "Save the instance's state"
			}),
			/* @__PURE__ */ a("form", {
				onSubmit: submit,
				children: [
					/* @__PURE__ */ a("label", { children: [
						"Pod name",
						/* @__PURE__ */ a("input", {
							name: "name",
							required: true,
							list: "pod-names",
							pattern: "[a-z0-9][a-z0-9._\\-]{0,127}",
							title: "lower-case letters, digits, . _ and -"
						}),
						/* @__PURE__ */ a("datalist", {
							id: "pod-names",
							children: pods.map((p) => /* @__PURE__ */ a("option", { value: p }))
						})
					] }),
					/* @__PURE__ */ a("label", { children: ["Message", /* @__PURE__ */ a("input", { name: "message" })] }),
					/* @__PURE__ */ a("fieldset", { children: [/* @__PURE__ */ a("legend", { children: "Services (none checked: all)" }), /* @__PURE__ */ a("div", {
						class: "services",
						children: services.map((s) => /* @__PURE__ */ a("label", {
							class: "inline",
							children: [
								/* @__PURE__ */ a("input", {
									type: "checkbox",
									name: "service",
									value: s
								}),
								" ",
								s
							]
						}))
					})] }),
					/* @__PURE__ */ a("button", {
						type: "submit",
						disabled: running,
						children: "Save"
					})
				]
			}),
			job && /* @__PURE__ */ a(Progress, { events: job.progress }),
			job?.state === "done" && job.result && /* @__PURE__ */ a("p", {
				role: "status",
				children: [
					"Saved ",
					job.result.name,
					":",
					job.result.version,
					" (",
					job.result.services.join(", ") || "no state",
					"; ",
					formatBytes(job.result.newBytes),
					" new)."
				]
			}),
			job?.state === "failed" && /* @__PURE__ */ a(Alert, { children: ["Save failed: ", job.error?.message] }),
			error && /* @__PURE__ */ a(Alert, { children: error })
		]
	});
}
/** The pods of a remote, its storage use, and the save form. */
function PodsView({ remote, services, onOpen }) {
	const [loaded, reload] = useLoaded(() => call("GET", `/pods${remoteQuery(remote)}`), [remote]);
	const [deleting, setDeleting] = d();
	const [notice, setNotice] = d();
	async function remove(pod) {
		setDeleting(void 0);
		try {
			const result = await call("DELETE", `/pods/${encodeURIComponent(pod.name)}${remoteQuery(remote)}`);
			setNotice(`Deleted ${pod.name} (${result.deleted.length} version(s), ${formatBytes(result.freedBytes)} freed).`);
		} catch (e) {
			setNotice(messageOf(e));
		}
		reload();
	}
	return /* @__PURE__ */ a($, { children: [
		/* @__PURE__ */ a("h2", { children: "Pods" }),
		notice && /* @__PURE__ */ a("p", {
			role: "status",
			children: notice
		}),
		/* @__PURE__ */ a(Show, {
			loaded,
			children: ({ remote: display, pods, usage }) => /* @__PURE__ */ a($, { children: [
				/* @__PURE__ */ a("p", {
					class: "muted",
					children: ["In ", display]
				}),
				pods.length === 0 ? /* @__PURE__ */ a("p", { children: "No pods yet: save the instance's state below." }) : /* @__PURE__ */ a(Table, {
					caption: "Pods, with their latest version",
					head: [
						"Name",
						"Versions",
						"Latest change",
						"Size",
						"Services",
						""
					],
					numeric: [1, 3],
					rows: pods.map((p) => [
						/* @__PURE__ */ a("button", {
							type: "button",
							onClick: () => onOpen(p.name),
							children: p.name
						}),
						String(p.versions),
						`${p.latest.created}${p.latest.message ? ` — ${p.latest.message}` : ""}`,
						formatBytes(p.latest.size),
						p.latest.config.services.join(", ") || "-",
						/* @__PURE__ */ a("button", {
							type: "button",
							class: "danger",
							"aria-label": `Delete pod ${p.name}`,
							onClick: () => setDeleting(p),
							children: "Delete"
						})
					])
				}),
				/* @__PURE__ */ a(Usage, { usage }),
				/* @__PURE__ */ a(SaveForm, {
					remote,
					pods: pods.map((p) => p.name),
					services,
					onSaved: reload
				})
			] })
		}),
		deleting && /* @__PURE__ */ a(Confirm, {
			title: `Delete pod ${deleting.name}?`,
			confirm: `Delete ${deleting.name} and its ${deleting.versions} version(s)`,
			onConfirm: () => remove(deleting),
			onCancel: () => setDeleting(void 0),
			children: /* @__PURE__ */ a("p", { children: [
				"Every version of ",
				/* @__PURE__ */ a("strong", { children: deleting.name }),
				" (",
				deleting.versions,
				") goes, and the blobs no other version uses are freed. This cannot be undone."
			] })
		})
	] });
}
// src/ui/page/app.tsx
function App() {
	const [overview] = useLoaded(() => call("GET", "/overview"), []);
	const [remote, setRemote] = d();
	const [view, setView] = d({ kind: "pods" });
	return /* @__PURE__ */ a(Show, {
		loaded: overview,
		children: (o) => /* @__PURE__ */ a($, { children: [/* @__PURE__ */ a("header", { children: [
			/* @__PURE__ */ a("h1", { children: "localstack-pods" }),
			/* @__PURE__ */ a("nav", {
				"aria-label": "Views",
				children: [/* @__PURE__ */ a("button", {
					type: "button",
					"aria-current": view.kind !== "instance" ? "page" : void 0,
					onClick: () => setView({ kind: "pods" }),
					children: "Pods"
				}), /* @__PURE__ */ a("button", {
					type: "button",
					"aria-current": view.kind === "instance" ? "page" : void 0,
					onClick: () => setView({ kind: "instance" }),
					children: "Instance"
				})]
			}),
			/* @__PURE__ */ a("label", {
				class: "inline",
				children: [
					"Remote",
					" ",
					/* @__PURE__ */ a("select", {
						value: remote ?? o.remote,
						onChange: (e) => {
							setRemote(e.target.value);
							setView({ kind: "pods" });
						},
						children: [!o.remotes.some((r) => r.name === o.remote) && /* @__PURE__ */ a("option", {
							value: o.remote,
							children: o.remote
						}), o.remotes.map((r) => /* @__PURE__ */ a("option", {
							value: r.name,
							children: [
								r.name,
								" (",
								r.url,
								")"
							]
						}))]
					})
				]
			}),
			/* @__PURE__ */ a("span", {
				class: "muted",
				children: ["Instance: ", o.endpoint]
			})
		] }), /* @__PURE__ */ a("main", { children: [
			view.kind === "pods" && /* @__PURE__ */ a(PodsView, {
				remote,
				services: o.services,
				onOpen: (name) => setView({
					kind: "pod",
					name
				})
			}),
			view.kind === "pod" && /* @__PURE__ */ a(PodView, {
				remote,
				name: view.name,
				onBack: () => setView({ kind: "pods" })
			}),
			view.kind === "instance" && /* @__PURE__ */ a(InstanceView, {
				endpoint: o.endpoint,
				services: o.services
			})
		] })] })
	});
}
if (new URL(location.href).searchParams.has("token")) history.replaceState(null, "", "/");
Q(/* @__PURE__ */ a(App, {}), document.getElementById("app"));
