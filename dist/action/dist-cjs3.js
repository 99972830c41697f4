import { a as __toCommonJS, t as __commonJSMin } from "./rolldown-runtime.js";
import { n as init_account_id_endpoint, t as account_id_endpoint_exports } from "./account-id-endpoint.js";
import { O as init_protocols, T as init_dist_es, _ as init_client, c as protocols_exports$1, d as require_dist_cjs$5, g as client_exports, k as protocols_exports, m as init_httpAuthSchemes, o as require_dist_cjs$4, p as httpAuthSchemes_exports, s as init_protocols$1, v as init_retry, w as dist_es_exports, y as retry_exports } from "./util.js";
import { $ as client_exports$1, H as config_exports, S as endpoints_exports, St as schema_exports, U as init_config, d as init_serde, et as init_client$1, f as serde_exports, n as init_checksum, t as checksum_exports, w as init_endpoints, xt as init_schema } from "./checksum.js";
// node_modules/obliterator/iterator.js
var require_iterator = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Obliterator Iterator Class
	* ===========================
	*
	* Simple class representing the library's iterators.
	*/
	/**
	* Iterator class.
	*
	* @constructor
	* @param {function} next - Next function.
	*/
	function Iterator(next) {
		Object.defineProperty(this, "_next", {
			writable: false,
			enumerable: false,
			value: next
		});
		this.done = false;
	}
	/**
	* Next function.
	*
	* @return {object}
	*/
	Iterator.prototype.next = function() {
		if (this.done) return { done: true };
		var step = this._next();
		if (step.done) this.done = true;
		return step;
	};
	/**
	* If symbols are supported, we add `next` to `Symbol.iterator`.
	*/
	if (typeof Symbol !== "undefined") Iterator.prototype[Symbol.iterator] = function() {
		return this;
	};
	/**
	* Returning an iterator of the given values.
	*
	* @param  {any...} values - Values.
	* @return {Iterator}
	*/
	Iterator.of = function() {
		var args = arguments, l = args.length, i = 0;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			return {
				done: false,
				value: args[i++]
			};
		});
	};
	/**
	* Returning an empty iterator.
	*
	* @return {Iterator}
	*/
	Iterator.empty = function() {
		var iterator = new Iterator(null);
		iterator.done = true;
		return iterator;
	};
	/**
	* Returning whether the given value is an iterator.
	*
	* @param  {any} value - Value.
	* @return {boolean}
	*/
	Iterator.is = function(value) {
		if (value instanceof Iterator) return true;
		return typeof value === "object" && value !== null && typeof value.next === "function";
	};
	/**
	* Exporting.
	*/
	module.exports = Iterator;
}));
// node_modules/obliterator/foreach.js
var require_foreach = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Obliterator ForEach Function
	* =============================
	*
	* Helper function used to easily iterate over mixed values.
	*/
	/**
	* Constants.
	*/
	var ARRAY_BUFFER_SUPPORT = typeof ArrayBuffer !== "undefined";
	var SYMBOL_SUPPORT = typeof Symbol !== "undefined";
	/**
	* Function able to iterate over almost any iterable JS value.
	*
	* @param  {any}      iterable - Iterable value.
	* @param  {function} callback - Callback function.
	*/
	function forEach(iterable, callback) {
		var iterator, k, i, l, s;
		if (!iterable) throw new Error("obliterator/forEach: invalid iterable.");
		if (typeof callback !== "function") throw new Error("obliterator/forEach: expecting a callback.");
		if (Array.isArray(iterable) || ARRAY_BUFFER_SUPPORT && ArrayBuffer.isView(iterable) || typeof iterable === "string" || iterable.toString() === "[object Arguments]") {
			for (i = 0, l = iterable.length; i < l; i++) callback(iterable[i], i);
			return;
		}
		if (typeof iterable.forEach === "function") {
			iterable.forEach(callback);
			return;
		}
		if (SYMBOL_SUPPORT && Symbol.iterator in iterable && typeof iterable.next !== "function") iterable = iterable[Symbol.iterator]();
		if (typeof iterable.next === "function") {
			iterator = iterable;
			i = 0;
			while (s = iterator.next(), s.done !== true) {
				callback(s.value, i);
				i++;
			}
			return;
		}
		for (k in iterable) if (iterable.hasOwnProperty(k)) callback(iterable[k], k);
	}
	/**
	* Same function as the above `forEach` but will yield `null` when the target
	* does not have keys.
	*
	* @param  {any}      iterable - Iterable value.
	* @param  {function} callback - Callback function.
	*/
	forEach.forEachWithNullKeys = function(iterable, callback) {
		var iterator, k, i, l, s;
		if (!iterable) throw new Error("obliterator/forEachWithNullKeys: invalid iterable.");
		if (typeof callback !== "function") throw new Error("obliterator/forEachWithNullKeys: expecting a callback.");
		if (Array.isArray(iterable) || ARRAY_BUFFER_SUPPORT && ArrayBuffer.isView(iterable) || typeof iterable === "string" || iterable.toString() === "[object Arguments]") {
			for (i = 0, l = iterable.length; i < l; i++) callback(iterable[i], null);
			return;
		}
		if (iterable instanceof Set) {
			iterable.forEach(function(value) {
				callback(value, null);
			});
			return;
		}
		if (typeof iterable.forEach === "function") {
			iterable.forEach(callback);
			return;
		}
		if (SYMBOL_SUPPORT && Symbol.iterator in iterable && typeof iterable.next !== "function") iterable = iterable[Symbol.iterator]();
		if (typeof iterable.next === "function") {
			iterator = iterable;
			i = 0;
			while (s = iterator.next(), s.done !== true) {
				callback(s.value, null);
				i++;
			}
			return;
		}
		for (k in iterable) if (iterable.hasOwnProperty(k)) callback(iterable[k], k);
	};
	/**
	* Exporting.
	*/
	module.exports = forEach;
}));
// node_modules/mnemonist/utils/typed-arrays.js
var require_typed_arrays = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Mnemonist Typed Array Helpers
	* ==============================
	*
	* Miscellaneous helpers related to typed arrays.
	*/
	/**
	* When using an unsigned integer array to store pointers, one might want to
	* choose the optimal word size in regards to the actual numbers of pointers
	* to store.
	*
	* This helpers does just that.
	*
	* @param  {number} size - Expected size of the array to map.
	* @return {TypedArray}
	*/
	var MAX_8BIT_INTEGER = Math.pow(2, 8) - 1;
	var MAX_16BIT_INTEGER = Math.pow(2, 16) - 1;
	var MAX_32BIT_INTEGER = Math.pow(2, 32) - 1;
	var MAX_SIGNED_8BIT_INTEGER = Math.pow(2, 7) - 1;
	var MAX_SIGNED_16BIT_INTEGER = Math.pow(2, 15) - 1;
	var MAX_SIGNED_32BIT_INTEGER = Math.pow(2, 31) - 1;
	exports.getPointerArray = function(size) {
		var maxIndex = size - 1;
		if (maxIndex <= MAX_8BIT_INTEGER) return Uint8Array;
		if (maxIndex <= MAX_16BIT_INTEGER) return Uint16Array;
		if (maxIndex <= MAX_32BIT_INTEGER) return Uint32Array;
		return Float64Array;
	};
	exports.getSignedPointerArray = function(size) {
		var maxIndex = size - 1;
		if (maxIndex <= MAX_SIGNED_8BIT_INTEGER) return Int8Array;
		if (maxIndex <= MAX_SIGNED_16BIT_INTEGER) return Int16Array;
		if (maxIndex <= MAX_SIGNED_32BIT_INTEGER) return Int32Array;
		return Float64Array;
	};
	/**
	* Function returning the minimal type able to represent the given number.
	*
	* @param  {number} value - Value to test.
	* @return {TypedArrayClass}
	*/
	exports.getNumberType = function(value) {
		if (value === (value | 0)) {
			if (Math.sign(value) === -1) {
				if (value <= 127 && value >= -128) return Int8Array;
				if (value <= 32767 && value >= -32768) return Int16Array;
				return Int32Array;
			} else {
				if (value <= 255) return Uint8Array;
				if (value <= 65535) return Uint16Array;
				return Uint32Array;
			}
		}
		return Float64Array;
	};
	/**
	* Function returning the minimal type able to represent the given array
	* of JavaScript numbers.
	*
	* @param  {array}    array  - Array to represent.
	* @param  {function} getter - Optional getter.
	* @return {TypedArrayClass}
	*/
	var TYPE_PRIORITY = {
		Uint8Array: 1,
		Int8Array: 2,
		Uint16Array: 3,
		Int16Array: 4,
		Uint32Array: 5,
		Int32Array: 6,
		Float32Array: 7,
		Float64Array: 8
	};
	exports.getMinimalRepresentation = function(array, getter) {
		var maxType = null, maxPriority = 0, p, t, v, i = 0, l = array.length;
		for (; i < l; i++) {
			v = getter ? getter(array[i]) : array[i];
			t = exports.getNumberType(v);
			p = TYPE_PRIORITY[t.name];
			if (p > maxPriority) {
				maxPriority = p;
				maxType = t;
			}
		}
		return maxType;
	};
	/**
	* Function returning whether the given value is a typed array.
	*
	* @param  {any} value - Value to test.
	* @return {boolean}
	*/
	exports.isTypedArray = function(value) {
		return typeof ArrayBuffer !== "undefined" && ArrayBuffer.isView(value);
	};
	/**
	* Function used to concat byte arrays.
	*
	* @param  {...ByteArray}
	* @return {ByteArray}
	*/
	exports.concat = function() {
		var length = 0, i = 0, o, l = arguments.length;
		for (; i < l; i++) length += arguments[i].length;
		var array = new arguments[0].constructor(length);
		for (i = 0, o = 0; i < l; i++) {
			array.set(arguments[i], o);
			o += arguments[i].length;
		}
		return array;
	};
	/**
	* Function used to initialize a byte array of indices.
	*
	* @param  {number}    length - Length of target.
	* @return {ByteArray}
	*/
	exports.indices = function(length) {
		var array = new (exports.getPointerArray(length))(length);
		for (var i = 0; i < length; i++) array[i] = i;
		return array;
	};
}));
// node_modules/mnemonist/utils/iterables.js
var require_iterables = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Mnemonist Iterable Function
	* ============================
	*
	* Harmonized iteration helpers over mixed iterable targets.
	*/
	var forEach = require_foreach();
	var typed = require_typed_arrays();
	/**
	* Function used to determine whether the given object supports array-like
	* random access.
	*
	* @param  {any} target - Target object.
	* @return {boolean}
	*/
	function isArrayLike(target) {
		return Array.isArray(target) || typed.isTypedArray(target);
	}
	/**
	* Function used to guess the length of the structure over which we are going
	* to iterate.
	*
	* @param  {any} target - Target object.
	* @return {number|undefined}
	*/
	function guessLength(target) {
		if (typeof target.length === "number") return target.length;
		if (typeof target.size === "number") return target.size;
	}
	/**
	* Function used to convert an iterable to an array.
	*
	* @param  {any}   target - Iteration target.
	* @return {array}
	*/
	function toArray(target) {
		var l = guessLength(target);
		var array = typeof l === "number" ? new Array(l) : [];
		var i = 0;
		forEach(target, function(value) {
			array[i++] = value;
		});
		return array;
	}
	/**
	* Same as above but returns a supplementary indices array.
	*
	* @param  {any}   target - Iteration target.
	* @return {array}
	*/
	function toArrayWithIndices(target) {
		var l = guessLength(target);
		var IndexArray = typeof l === "number" ? typed.getPointerArray(l) : Array;
		var array = typeof l === "number" ? new Array(l) : [];
		var indices = typeof l === "number" ? new IndexArray(l) : [];
		var i = 0;
		forEach(target, function(value) {
			array[i] = value;
			indices[i] = i++;
		});
		return [array, indices];
	}
	/**
	* Exporting.
	*/
	exports.isArrayLike = isArrayLike;
	exports.guessLength = guessLength;
	exports.toArray = toArray;
	exports.toArrayWithIndices = toArrayWithIndices;
}));
// node_modules/mnemonist/lru-cache.js
var require_lru_cache = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Mnemonist LRUCache
	* ===================
	*
	* JavaScript implementation of the LRU Cache data structure. To save up
	* memory and allocations this implementation represents its underlying
	* doubly-linked list as static arrays and pointers. Thus, memory is allocated
	* only once at instantiation and JS objects are never created to serve as
	* pointers. This also means this implementation does not trigger too many
	* garbage collections.
	*
	* Note that to save up memory, a LRU Cache can be implemented using a singly
	* linked list by storing predecessors' pointers as hashmap values.
	* However, this means more hashmap lookups and would probably slow the whole
	* thing down. What's more, pointers are not the things taking most space in
	* memory.
	*/
	var Iterator = require_iterator();
	var forEach = require_foreach();
	var typed = require_typed_arrays();
	var iterables = require_iterables();
	/**
	* LRUCache.
	*
	* @constructor
	* @param {function} Keys     - Array class for storing keys.
	* @param {function} Values   - Array class for storing values.
	* @param {number}   capacity - Desired capacity.
	*/
	function LRUCache(Keys, Values, capacity) {
		if (arguments.length < 2) {
			capacity = Keys;
			Keys = null;
			Values = null;
		}
		this.capacity = capacity;
		if (typeof this.capacity !== "number" || this.capacity <= 0) throw new Error("mnemonist/lru-cache: capacity should be positive number.");
		var PointerArray = typed.getPointerArray(capacity);
		this.forward = new PointerArray(capacity);
		this.backward = new PointerArray(capacity);
		this.K = typeof Keys === "function" ? new Keys(capacity) : new Array(capacity);
		this.V = typeof Values === "function" ? new Values(capacity) : new Array(capacity);
		this.size = 0;
		this.head = 0;
		this.tail = 0;
		this.items = {};
	}
	/**
	* Method used to clear the structure.
	*
	* @return {undefined}
	*/
	LRUCache.prototype.clear = function() {
		this.size = 0;
		this.head = 0;
		this.tail = 0;
		this.items = {};
	};
	/**
	* Method used to splay a value on top.
	*
	* @param  {number}   pointer - Pointer of the value to splay on top.
	* @return {LRUCache}
	*/
	LRUCache.prototype.splayOnTop = function(pointer) {
		var oldHead = this.head;
		if (this.head === pointer) return this;
		var previous = this.backward[pointer], next = this.forward[pointer];
		if (this.tail === pointer) this.tail = previous;
		else this.backward[next] = previous;
		this.forward[previous] = next;
		this.backward[oldHead] = pointer;
		this.head = pointer;
		this.forward[pointer] = oldHead;
		return this;
	};
	/**
	* Method used to set the value for the given key in the cache.
	*
	* @param  {any} key   - Key.
	* @param  {any} value - Value.
	* @return {undefined}
	*/
	LRUCache.prototype.set = function(key, value) {
		var pointer = this.items[key];
		if (typeof pointer !== "undefined") {
			this.splayOnTop(pointer);
			this.V[pointer] = value;
			return;
		}
		if (this.size < this.capacity) pointer = this.size++;
		else {
			pointer = this.tail;
			this.tail = this.backward[pointer];
			delete this.items[this.K[pointer]];
		}
		this.items[key] = pointer;
		this.K[pointer] = key;
		this.V[pointer] = value;
		this.forward[pointer] = this.head;
		this.backward[this.head] = pointer;
		this.head = pointer;
	};
	/**
	* Method used to set the value for the given key in the cache
	*
	* @param  {any} key   - Key.
	* @param  {any} value - Value.
	* @return {{evicted: boolean, key: any, value: any}} An object containing the
	* key and value of an item that was overwritten or evicted in the set
	* operation, as well as a boolean indicating whether it was evicted due to
	* limited capacity. Return value is null if nothing was evicted or overwritten
	* during the set operation.
	*/
	LRUCache.prototype.setpop = function(key, value) {
		var oldValue = null;
		var oldKey = null;
		var pointer = this.items[key];
		if (typeof pointer !== "undefined") {
			this.splayOnTop(pointer);
			oldValue = this.V[pointer];
			this.V[pointer] = value;
			return {
				evicted: false,
				key,
				value: oldValue
			};
		}
		if (this.size < this.capacity) pointer = this.size++;
		else {
			pointer = this.tail;
			this.tail = this.backward[pointer];
			oldValue = this.V[pointer];
			oldKey = this.K[pointer];
			delete this.items[this.K[pointer]];
		}
		this.items[key] = pointer;
		this.K[pointer] = key;
		this.V[pointer] = value;
		this.forward[pointer] = this.head;
		this.backward[this.head] = pointer;
		this.head = pointer;
		if (oldKey) return {
			evicted: true,
			key: oldKey,
			value: oldValue
		};
		else return null;
	};
	/**
	* Method used to check whether the key exists in the cache.
	*
	* @param  {any} key   - Key.
	* @return {boolean}
	*/
	LRUCache.prototype.has = function(key) {
		return key in this.items;
	};
	/**
	* Method used to get the value attached to the given key. Will move the
	* related key to the front of the underlying linked list.
	*
	* @param  {any} key   - Key.
	* @return {any}
	*/
	LRUCache.prototype.get = function(key) {
		var pointer = this.items[key];
		if (typeof pointer === "undefined") return;
		this.splayOnTop(pointer);
		return this.V[pointer];
	};
	/**
	* Method used to get the value attached to the given key. Does not modify
	* the ordering of the underlying linked list.
	*
	* @param  {any} key   - Key.
	* @return {any}
	*/
	LRUCache.prototype.peek = function(key) {
		var pointer = this.items[key];
		if (typeof pointer === "undefined") return;
		return this.V[pointer];
	};
	/**
	* Method used to iterate over the cache's entries using a callback.
	*
	* @param  {function}  callback - Function to call for each item.
	* @param  {object}    scope    - Optional scope.
	* @return {undefined}
	*/
	LRUCache.prototype.forEach = function(callback, scope) {
		scope = arguments.length > 1 ? scope : this;
		var i = 0, l = this.size;
		var pointer = this.head, keys = this.K, values = this.V, forward = this.forward;
		while (i < l) {
			callback.call(scope, values[pointer], keys[pointer], this);
			pointer = forward[pointer];
			i++;
		}
	};
	/**
	* Method used to create an iterator over the cache's keys from most
	* recently used to least recently used.
	*
	* @return {Iterator}
	*/
	LRUCache.prototype.keys = function() {
		var i = 0, l = this.size;
		var pointer = this.head, keys = this.K, forward = this.forward;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			var key = keys[pointer];
			i++;
			if (i < l) pointer = forward[pointer];
			return {
				done: false,
				value: key
			};
		});
	};
	/**
	* Method used to create an iterator over the cache's values from most
	* recently used to least recently used.
	*
	* @return {Iterator}
	*/
	LRUCache.prototype.values = function() {
		var i = 0, l = this.size;
		var pointer = this.head, values = this.V, forward = this.forward;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			var value = values[pointer];
			i++;
			if (i < l) pointer = forward[pointer];
			return {
				done: false,
				value
			};
		});
	};
	/**
	* Method used to create an iterator over the cache's entries from most
	* recently used to least recently used.
	*
	* @return {Iterator}
	*/
	LRUCache.prototype.entries = function() {
		var i = 0, l = this.size;
		var pointer = this.head, keys = this.K, values = this.V, forward = this.forward;
		return new Iterator(function() {
			if (i >= l) return { done: true };
			var key = keys[pointer], value = values[pointer];
			i++;
			if (i < l) pointer = forward[pointer];
			return {
				done: false,
				value: [key, value]
			};
		});
	};
	/**
	* Attaching the #.entries method to Symbol.iterator if possible.
	*/
	if (typeof Symbol !== "undefined") LRUCache.prototype[Symbol.iterator] = LRUCache.prototype.entries;
	/**
	* Convenience known methods.
	*/
	LRUCache.prototype.inspect = function() {
		var proxy = /* @__PURE__ */ new Map();
		var iterator = this.entries(), step;
		while (step = iterator.next(), !step.done) proxy.set(step.value[0], step.value[1]);
		Object.defineProperty(proxy, "constructor", {
			value: LRUCache,
			enumerable: false
		});
		return proxy;
	};
	if (typeof Symbol !== "undefined") LRUCache.prototype[Symbol.for("nodejs.util.inspect.custom")] = LRUCache.prototype.inspect;
	/**
	* Static @.from function taking an arbitrary iterable & converting it into
	* a structure.
	*
	* @param  {Iterable} iterable - Target iterable.
	* @param  {function} Keys     - Array class for storing keys.
	* @param  {function} Values   - Array class for storing values.
	* @param  {number}   capacity - Cache's capacity.
	* @return {LRUCache}
	*/
	LRUCache.from = function(iterable, Keys, Values, capacity) {
		if (arguments.length < 2) {
			capacity = iterables.guessLength(iterable);
			if (typeof capacity !== "number") throw new Error("mnemonist/lru-cache.from: could not guess iterable length. Please provide desired capacity as last argument.");
		} else if (arguments.length === 2) {
			capacity = Keys;
			Keys = null;
			Values = null;
		}
		var cache = new LRUCache(Keys, Values, capacity);
		forEach(iterable, function(value, key) {
			cache.set(key, value);
		});
		return cache;
	};
	/**
	* Exporting.
	*/
	module.exports = LRUCache;
}));
// node_modules/@aws-sdk/endpoint-cache/dist-cjs/index.js
var require_dist_cjs$3 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const LRUCache = require_lru_cache();
	var EndpointCache = class {
		cache;
		constructor(capacity) {
			this.cache = new LRUCache(capacity);
		}
		getEndpoint(key) {
			const endpointsWithExpiry = this.get(key);
			if (!endpointsWithExpiry || endpointsWithExpiry.length === 0) return;
			const endpoints = endpointsWithExpiry.map((endpoint) => endpoint.Address);
			return endpoints[Math.floor(Math.random() * endpoints.length)];
		}
		get(key) {
			if (!this.has(key)) return;
			const value = this.cache.get(key);
			if (!value) return;
			const now = Date.now();
			const endpointsWithExpiry = value.filter((endpoint) => now < endpoint.Expires);
			if (endpointsWithExpiry.length === 0) {
				this.delete(key);
				return;
			}
			return endpointsWithExpiry;
		}
		set(key, endpoints) {
			const now = Date.now();
			this.cache.set(key, endpoints.map(({ Address, CachePeriodInMinutes }) => ({
				Address,
				Expires: now + CachePeriodInMinutes * 60 * 1e3
			})));
		}
		delete(key) {
			this.cache.set(key, []);
		}
		has(key) {
			if (!this.cache.has(key)) return false;
			const endpoints = this.cache.peek(key);
			if (!endpoints) return false;
			return endpoints.length > 0;
		}
		clear() {
			this.cache.clear();
		}
	};
	exports.EndpointCache = EndpointCache;
}));
// node_modules/@aws-sdk/middleware-endpoint-discovery/dist-cjs/index.js
var require_dist_cjs$2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { HttpRequest } = (init_protocols(), __toCommonJS(protocols_exports));
	const { EndpointCache } = require_dist_cjs$3();
	const ENV_ENDPOINT_DISCOVERY = ["AWS_ENABLE_ENDPOINT_DISCOVERY", "AWS_ENDPOINT_DISCOVERY_ENABLED"];
	const CONFIG_ENDPOINT_DISCOVERY = "endpoint_discovery_enabled";
	const isFalsy = (value) => ["false", "0"].indexOf(value) >= 0;
	const NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = {
		environmentVariableSelector: (env) => {
			for (let i = 0; i < ENV_ENDPOINT_DISCOVERY.length; i++) {
				const envKey = ENV_ENDPOINT_DISCOVERY[i];
				if (envKey in env) {
					const value = env[envKey];
					if (value === "") throw Error(`Environment variable ${envKey} can't be empty of undefined, got "${value}"`);
					return !isFalsy(value);
				}
			}
		},
		configFileSelector: (profile) => {
			if (CONFIG_ENDPOINT_DISCOVERY in profile) {
				const value = profile[CONFIG_ENDPOINT_DISCOVERY];
				if (value === void 0) throw Error(`Shared config entry ${CONFIG_ENDPOINT_DISCOVERY} can't be undefined, got "${value}"`);
				return !isFalsy(value);
			}
		},
		default: void 0
	};
	const getCacheKey = async (commandName, config, options) => {
		const { accessKeyId } = await config.credentials();
		const { identifiers } = options;
		return JSON.stringify({
			...accessKeyId && { accessKeyId },
			...identifiers && {
				commandName,
				identifiers: Object.entries(identifiers).sort().reduce((acc, [key, value]) => ({
					...acc,
					[key]: value
				}), {})
			}
		});
	};
	const requestQueue = {};
	const updateDiscoveredEndpointInCache = async (config, options) => new Promise((resolve, reject) => {
		const { endpointCache } = config;
		const { cacheKey, commandName, identifiers } = options;
		const endpoints = endpointCache.get(cacheKey);
		if (endpoints && endpoints.length === 1 && endpoints[0].Address === "") {
			if (options.isDiscoveredEndpointRequired) {
				if (!requestQueue[cacheKey]) requestQueue[cacheKey] = [];
				requestQueue[cacheKey].push({
					resolve,
					reject
				});
			} else resolve();
		} else if (endpoints && endpoints.length > 0) resolve();
		else {
			const placeholderEndpoints = [{
				Address: "",
				CachePeriodInMinutes: 1
			}];
			endpointCache.set(cacheKey, placeholderEndpoints);
			const command = new options.endpointDiscoveryCommandCtor({
				Operation: commandName.slice(0, -7),
				Identifiers: identifiers
			});
			command.resolveMiddleware(options.clientStack, config, options.options)(command).then((result) => {
				endpointCache.set(cacheKey, result.output.Endpoints);
				if (requestQueue[cacheKey]) {
					requestQueue[cacheKey].forEach(({ resolve }) => {
						resolve();
					});
					delete requestQueue[cacheKey];
				}
				resolve();
			}).catch((error) => {
				endpointCache.delete(cacheKey);
				const errorToThrow = Object.assign(/* @__PURE__ */ new Error("The operation to discover endpoint failed. Please retry, or provide a custom endpoint and disable endpoint discovery to proceed."), { reason: error });
				if (requestQueue[cacheKey]) {
					requestQueue[cacheKey].forEach(({ reject }) => {
						reject(errorToThrow);
					});
					delete requestQueue[cacheKey];
				}
				if (options.isDiscoveredEndpointRequired) reject(errorToThrow);
				else {
					endpointCache.set(cacheKey, placeholderEndpoints);
					resolve();
				}
			});
		}
	});
	const endpointDiscoveryMiddleware = (config, middlewareConfig) => (next, context) => async (args) => {
		if (config.isCustomEndpoint) {
			if (config.isClientEndpointDiscoveryEnabled) throw new Error(`Custom endpoint is supplied; endpointDiscoveryEnabled must not be true.`);
			return next(args);
		}
		const { endpointDiscoveryCommandCtor } = config;
		const { isDiscoveredEndpointRequired, identifiers } = middlewareConfig;
		const clientName = context.clientName;
		const commandName = context.commandName;
		const isEndpointDiscoveryEnabled = await config.endpointDiscoveryEnabled();
		const cacheKey = await getCacheKey(commandName, config, { identifiers });
		if (isDiscoveredEndpointRequired) {
			if (isEndpointDiscoveryEnabled === false) throw new Error(`Endpoint Discovery is disabled but ${commandName} on ${clientName} requires it. Please check your configurations.`);
			await updateDiscoveredEndpointInCache(config, {
				...middlewareConfig,
				commandName,
				cacheKey,
				endpointDiscoveryCommandCtor
			});
		} else if (isEndpointDiscoveryEnabled) updateDiscoveredEndpointInCache(config, {
			...middlewareConfig,
			commandName,
			cacheKey,
			endpointDiscoveryCommandCtor
		});
		const { request } = args;
		if (cacheKey && HttpRequest.isInstance(request)) {
			const endpoint = config.endpointCache.getEndpoint(cacheKey);
			if (endpoint) request.hostname = endpoint;
		}
		return next(args);
	};
	const endpointDiscoveryMiddlewareOptions = {
		name: "endpointDiscoveryMiddleware",
		step: "build",
		tags: ["ENDPOINT_DISCOVERY"],
		override: true
	};
	const getEndpointDiscoveryPlugin = (pluginConfig, middlewareConfig) => ({ applyToStack: (commandStack) => {
		commandStack.add(endpointDiscoveryMiddleware(pluginConfig, middlewareConfig), endpointDiscoveryMiddlewareOptions);
	} });
	const getEndpointDiscoveryRequiredPlugin = (pluginConfig, middlewareConfig) => ({ applyToStack: (commandStack) => {
		commandStack.add(endpointDiscoveryMiddleware(pluginConfig, {
			...middlewareConfig,
			isDiscoveredEndpointRequired: true
		}), endpointDiscoveryMiddlewareOptions);
	} });
	const getEndpointDiscoveryOptionalPlugin = (pluginConfig, middlewareConfig) => ({ applyToStack: (commandStack) => {
		commandStack.add(endpointDiscoveryMiddleware(pluginConfig, {
			...middlewareConfig,
			isDiscoveredEndpointRequired: false
		}), endpointDiscoveryMiddlewareOptions);
	} });
	const resolveEndpointDiscoveryConfig = (input, { endpointDiscoveryCommandCtor }) => {
		const { endpointCacheSize, endpointDiscoveryEnabled, endpointDiscoveryEnabledProvider } = input;
		return Object.assign(input, {
			endpointDiscoveryCommandCtor,
			endpointCache: new EndpointCache(endpointCacheSize ?? 1e3),
			endpointDiscoveryEnabled: endpointDiscoveryEnabled !== void 0 ? () => Promise.resolve(endpointDiscoveryEnabled) : endpointDiscoveryEnabledProvider,
			isClientEndpointDiscoveryEnabled: endpointDiscoveryEnabled !== void 0
		});
	};
	exports.NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS = NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS;
	exports.endpointDiscoveryMiddlewareOptions = endpointDiscoveryMiddlewareOptions;
	exports.getEndpointDiscoveryOptionalPlugin = getEndpointDiscoveryOptionalPlugin;
	exports.getEndpointDiscoveryPlugin = getEndpointDiscoveryPlugin;
	exports.getEndpointDiscoveryRequiredPlugin = getEndpointDiscoveryRequiredPlugin;
	exports.resolveEndpointDiscoveryConfig = resolveEndpointDiscoveryConfig;
}));
// node_modules/@aws-sdk/dynamodb-codec/dist-cjs/index.js
var require_dist_cjs$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { JsonCodec, JsonShapeSerializer, JsonShapeDeserializer, JsonCodec2, JsonShapeSerializer2, JsonShapeDeserializer2 } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { NormalizedSchema } = (init_schema(), __toCommonJS(schema_exports));
	const { toBase64, fromBase64 } = (init_serde(), __toCommonJS(serde_exports));
	var DynamoDBJsonCodec = class extends JsonCodec {
		constructor() {
			super({
				timestampFormat: {
					useTrait: true,
					default: 7
				},
				jsonName: false
			});
		}
		createSerializer() {
			const serializer = new DynamoDBJsonShapeSerializer(this.settings);
			serializer.setSerdeContext(this.serdeContext);
			return serializer;
		}
		createDeserializer() {
			const deserializer = new DynamoDBJsonShapeDeserializer(this.settings);
			deserializer.setSerdeContext(this.serdeContext);
			return deserializer;
		}
	};
	const ATTRIBUTE_VALUE$1 = "com.amazonaws.dynamodb#AttributeValue";
	var DynamoDBJsonShapeSerializer = class extends JsonShapeSerializer {
		_write(schema, value, container) {
			const ns = NormalizedSchema.of(schema);
			if (ns.isStructSchema() && ns.getName(true) === ATTRIBUTE_VALUE$1) {
				if (value && typeof value === "object") {
					const av = value;
					const out = this.copyRemoveNulls(av);
					const base64Encode = this.serdeContext?.base64Encoder ?? toBase64;
					if (av.B instanceof Uint8Array) out.B = base64Encode(av.B);
					if (Array.isArray(av.BS)) out.BS = av.BS.map(base64Encode);
					if (Array.isArray(av.L)) {
						const list = [];
						for (const v of av.L) if (v != null) list.push(this._write(ns, v, container));
						out.L = list;
					}
					if (av.M && typeof av.M === "object") {
						out.M = {};
						for (const [k, v] of Object.entries(av.M)) if (v != null) out.M[k] = this._write(ns, v, container);
					}
					return out;
				}
			}
			return super._write(ns, value, container);
		}
		copyRemoveNulls(v) {
			if (typeof v !== "object") return v;
			if (v === null) return {};
			if (Array.isArray(v)) {
				const out = [];
				for (const item of v) if (item != null) out.push(this.copyRemoveNulls(item));
				return out;
			}
			const out = {};
			for (const [k, _v] of Object.entries(v)) if (_v != null) {
				if ([
					"B",
					"BS",
					"L",
					"M"
				].includes(k)) continue;
				out[k] = this.copyRemoveNulls(_v);
			}
			return out;
		}
	};
	var DynamoDBJsonShapeDeserializer = class extends JsonShapeDeserializer {
		_read(schema, value) {
			const ns = NormalizedSchema.of(schema);
			if (ns.isStructSchema() && ns.getName(true) === ATTRIBUTE_VALUE$1) {
				if (value && typeof value === "object") {
					const av = value;
					const out = av;
					const base64Decoder = this.serdeContext?.base64Decoder ?? fromBase64;
					if (typeof av.B === "string") out.B = base64Decoder(av.B);
					if (Array.isArray(av.BS)) out.BS = av.BS.map(base64Decoder);
					if (Array.isArray(av.L)) out.L = av.L.map((v) => this._read(ns, v));
					if (av.M && typeof av.M === "object") for (const [k, v] of Object.entries(av.M)) out.M[k] = this._read(ns, v);
					return out;
				}
			}
			return super._read(ns, value);
		}
	};
	const ATTRIBUTE_VALUE = "com.amazonaws.dynamodb#AttributeValue";
	var DynamoDBJsonShapeSerializer2 = class extends JsonShapeSerializer2 {
		writeValue(schema, value, container) {
			if (value != null && typeof value === "object") {
				const ns = NormalizedSchema.of(schema);
				if (ns.isStructSchema() && ns.getName(true) === ATTRIBUTE_VALUE) {
					this.writeAttributeValue(value);
					return;
				}
			}
			super.writeValue(schema, value, container);
		}
		writeAttributeValue(av) {
			const base64Encode = this.serdeContext?.base64Encoder ?? toBase64;
			this.writeAscii("{");
			let first = true;
			for (const key in av) {
				const val = av[key];
				if (val == null) continue;
				if (!first) this.writeAscii(",");
				first = false;
				this.writeAsciiQuoted(key);
				this.writeAscii(":");
				switch (key) {
					case "B":
						if (val instanceof Uint8Array) this.writeBase64(val);
						else this.writeJsonString(val);
						break;
					case "BS":
						this.writeAscii("[");
						{
							const arr = val;
							for (let i = 0; i < arr.length; i++) {
								if (i > 0) this.writeAscii(",");
								const item = arr[i];
								if (item instanceof Uint8Array) this.writeBase64(item);
								else this.writeJsonString(base64Encode(item));
							}
						}
						this.writeAscii("]");
						break;
					case "L":
						this.writeAscii("[");
						{
							const arr = val;
							for (let i = 0; i < arr.length; i++) {
								if (i > 0) this.writeAscii(",");
								if (arr[i] != null) this.writeAttributeValue(arr[i]);
								else this.writeAscii("null");
							}
						}
						this.writeAscii("]");
						break;
					case "M":
						this.writeAscii("{");
						{
							const map = val;
							let mapFirst = true;
							for (const k in map) {
								if (map[k] == null) continue;
								if (!mapFirst) this.writeAscii(",");
								mapFirst = false;
								this.writeJsonString(k);
								this.writeAscii(":");
								this.writeAttributeValue(map[k]);
							}
						}
						this.writeAscii("}");
						break;
					case "SS":
					case "NS":
						this.writeAscii("[");
						{
							const arr = val;
							for (let i = 0; i < arr.length; i++) {
								if (i > 0) this.writeAscii(",");
								this.writeJsonString(arr[i]);
							}
						}
						this.writeAscii("]");
						break;
					case "S":
					case "N":
						this.writeJsonString(val);
						break;
					case "BOOL":
						this.writeAscii(val ? "true" : "false");
						break;
					case "NULL":
						this.writeAscii(val ? "true" : "false");
						break;
					default: this.writeAscii(JSON.stringify(val));
				}
			}
			this.writeAscii("}");
		}
	};
	var DynamoDBJsonShapeDeserializer2 = class extends JsonShapeDeserializer2 {
		_read(schema, value) {
			const ns = NormalizedSchema.of(schema);
			if (ns.isStructSchema() && ns.getName(true) === ATTRIBUTE_VALUE) {
				if (value && typeof value === "object") return this.readAttributeValue(value);
			}
			return super._read(ns, value);
		}
		readAttributeValue(av) {
			const base64Decode = this.serdeContext?.base64Decoder ?? fromBase64;
			const out = av;
			if (typeof av.B === "string") out.B = base64Decode(av.B);
			if (Array.isArray(av.BS)) out.BS = av.BS.map(base64Decode);
			if (Array.isArray(av.L)) out.L = av.L.map((v) => this.readAttributeValue(v));
			if (av.M && typeof av.M === "object") {
				const m = av.M;
				for (const k in m) m[k] = this.readAttributeValue(m[k]);
			}
			return out;
		}
	};
	var DynamoDBJsonCodec2 = class extends JsonCodec2 {
		constructor() {
			super({
				timestampFormat: {
					useTrait: true,
					default: 7
				},
				jsonName: false
			});
		}
		createSerializer() {
			const serializer = new DynamoDBJsonShapeSerializer2(this.settings);
			serializer.setSerdeContext(this.serdeContext);
			return serializer;
		}
		createDeserializer() {
			const deserializer = new DynamoDBJsonShapeDeserializer2(this.settings);
			deserializer.setSerdeContext(this.serdeContext);
			return deserializer;
		}
	};
	exports.DynamoDBJsonCodec = DynamoDBJsonCodec;
	exports.DynamoDBJsonCodec2 = DynamoDBJsonCodec2;
}));
// node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var require_dist_cjs = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS, resolveAccountIdEndpointModeConfig } = (init_account_id_endpoint(), __toCommonJS(account_id_endpoint_exports));
	const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client(), __toCommonJS(client_exports));
	const { NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS, resolveEndpointDiscoveryConfig } = require_dist_cjs$2();
	const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
	const { normalizeProvider, getSmithyContext, makeBuilder, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client$1(), __toCommonJS(client_exports$1));
	const { Command: $Command } = (init_client$1(), __toCommonJS(client_exports$1));
	const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
	const { getEndpointPlugin, BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig } = (init_endpoints(), __toCommonJS(endpoints_exports));
	const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
	const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, Retry, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
	const { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
	const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
	const { defaultProvider } = require_dist_cjs$4();
	const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
	const { streamCollector, NodeHttpHandler } = require_dist_cjs$5();
	const { AwsJson1_0Protocol } = (init_protocols$1(), __toCommonJS(protocols_exports$1));
	const { DynamoDBJsonCodec2 } = require_dist_cjs$1();
	const { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
	const defaultDynamoDBHttpAuthSchemeParametersProvider = async (config, context, input) => {
		return {
			operation: getSmithyContext(context).operation,
			region: await normalizeProvider(config.region)() || (() => {
				throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
			})()
		};
	};
	function createAwsAuthSigv4HttpAuthOption(authParameters) {
		return {
			schemeId: "aws.auth#sigv4",
			signingProperties: {
				name: "dynamodb",
				region: authParameters.region
			},
			propertiesExtractor: (config, context) => ({ signingProperties: {
				config,
				context
			} })
		};
	}
	const defaultDynamoDBHttpAuthSchemeProvider = (authParameters) => {
		const options = [];
		switch (authParameters.operation) {
			default: options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
		}
		return options;
	};
	const resolveHttpAuthSchemeConfig = (config) => {
		const config_0 = resolveAwsSdkSigV4Config(config);
		return Object.assign(config_0, { authSchemePreference: normalizeProvider(config.authSchemePreference ?? []) });
	};
	const resolveClientEndpointParameters = (options) => {
		return Object.assign(options, {
			useDualstackEndpoint: options.useDualstackEndpoint ?? false,
			useFipsEndpoint: options.useFipsEndpoint ?? false,
			defaultSigningName: "dynamodb"
		});
	};
	const command = makeBuilder({
		UseFIPS: {
			type: "builtInParams",
			name: "useFipsEndpoint"
		},
		AccountId: {
			type: "builtInParams",
			name: "accountId"
		},
		Endpoint: {
			type: "builtInParams",
			name: "endpoint"
		},
		Region: {
			type: "builtInParams",
			name: "region"
		},
		UseDualStack: {
			type: "builtInParams",
			name: "useDualstackEndpoint"
		},
		AccountIdEndpointMode: {
			type: "builtInParams",
			name: "accountIdEndpointMode"
		}
	}, "DynamoDB_20120810", "DynamoDBClient", getEndpointPlugin);
	const _ep0 = {};
	const _ep1 = { ResourceArnList: {
		type: "operationContextParams",
		get: (input) => Object.keys(input?.RequestItems ?? {})
	} };
	const _ep2 = { ResourceArn: {
		type: "contextParams",
		name: "BulkOperationArn"
	} };
	const _ep3 = { ResourceArn: {
		type: "contextParams",
		name: "TableName"
	} };
	const _ep4 = { ResourceArn: {
		type: "contextParams",
		name: "GlobalTableName"
	} };
	const _ep5 = { ResourceArn: {
		type: "contextParams",
		name: "BackupArn"
	} };
	const _ep6 = { ResourceArn: {
		type: "contextParams",
		name: "ResourceArn"
	} };
	const _ep7 = { ResourceArn: {
		type: "contextParams",
		name: "ExportArn"
	} };
	const _ep8 = { ResourceArn: {
		type: "contextParams",
		name: "ImportArn"
	} };
	const _ep9 = { ResourceArn: {
		type: "contextParams",
		name: "TableArn"
	} };
	const _ep10 = { ResourceArn: {
		type: "operationContextParams",
		get: (input) => input?.TableCreationParameters?.TableName
	} };
	const _ep11 = { ResourceArn: {
		type: "contextParams",
		name: "TargetTableName"
	} };
	const _ep12 = {
		IsSearchOperation: {
			type: "staticContextParams",
			value: true
		},
		ResourceArn: {
			type: "contextParams",
			name: "TableName"
		}
	};
	const _ep13 = { ResourceArnList: {
		type: "operationContextParams",
		get: (input) => input?.TransactItems?.map((obj) => obj?.Get?.TableName)
	} };
	const _ep14 = { ResourceArnList: {
		type: "operationContextParams",
		get: (input) => input?.TransactItems?.map((obj) => [
			obj?.ConditionCheck?.TableName,
			obj?.Put?.TableName,
			obj?.Delete?.TableName,
			obj?.Update?.TableName
		].filter((i) => i)).flat()
	} };
	const _mw0 = (Command, cs, config, o) => [];
	var DynamoDBServiceException = class DynamoDBServiceException extends ServiceException {
		static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb#DynamoDBServiceException";
		constructor(options) {
			super(options);
			Object.setPrototypeOf(this, DynamoDBServiceException.prototype);
		}
	};
	var BackupInUseException = class BackupInUseException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#BackupInUseException";
		name = "BackupInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BackupInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BackupInUseException.prototype);
		}
	};
	var BackupNotFoundException = class BackupNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#BackupNotFoundException";
		name = "BackupNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "BackupNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, BackupNotFoundException.prototype);
		}
	};
	var InternalServerError = class InternalServerError extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#InternalServerError";
		name = "InternalServerError";
		$fault = "server";
		constructor(opts) {
			super({
				name: "InternalServerError",
				$fault: "server",
				...opts
			});
			Object.setPrototypeOf(this, InternalServerError.prototype);
		}
	};
	var RequestLimitExceeded = class RequestLimitExceeded extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#RequestLimitExceeded";
		name = "RequestLimitExceeded";
		$fault = "client";
		ThrottlingReasons;
		constructor(opts) {
			super({
				name: "RequestLimitExceeded",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, RequestLimitExceeded.prototype);
			this.ThrottlingReasons = opts.ThrottlingReasons;
		}
	};
	var ThrottlingException = class ThrottlingException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ThrottlingException";
		name = "ThrottlingException";
		$fault = "client";
		throttlingReasons;
		constructor(opts) {
			super({
				name: "ThrottlingException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ThrottlingException.prototype);
			this.throttlingReasons = opts.throttlingReasons;
		}
	};
	var InvalidEndpointException = class InvalidEndpointException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#InvalidEndpointException";
		name = "InvalidEndpointException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "InvalidEndpointException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidEndpointException.prototype);
			this.Message = opts.Message;
		}
	};
	var ProvisionedThroughputExceededException = class ProvisionedThroughputExceededException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ProvisionedThroughputExceededException";
		name = "ProvisionedThroughputExceededException";
		$fault = "client";
		ThrottlingReasons;
		constructor(opts) {
			super({
				name: "ProvisionedThroughputExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ProvisionedThroughputExceededException.prototype);
			this.ThrottlingReasons = opts.ThrottlingReasons;
		}
	};
	var ResourceNotFoundException = class ResourceNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ResourceNotFoundException";
		name = "ResourceNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
		}
	};
	var ItemCollectionSizeLimitExceededException = class ItemCollectionSizeLimitExceededException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ItemCollectionSizeLimitExceededException";
		name = "ItemCollectionSizeLimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ItemCollectionSizeLimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ItemCollectionSizeLimitExceededException.prototype);
		}
	};
	var ReplicatedWriteConflictException = class ReplicatedWriteConflictException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ReplicatedWriteConflictException";
		name = "ReplicatedWriteConflictException";
		$fault = "client";
		$retryable = {};
		constructor(opts) {
			super({
				name: "ReplicatedWriteConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReplicatedWriteConflictException.prototype);
		}
	};
	var ContinuousBackupsUnavailableException = class ContinuousBackupsUnavailableException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ContinuousBackupsUnavailableException";
		name = "ContinuousBackupsUnavailableException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ContinuousBackupsUnavailableException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ContinuousBackupsUnavailableException.prototype);
		}
	};
	var LimitExceededException = class LimitExceededException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#LimitExceededException";
		name = "LimitExceededException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "LimitExceededException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, LimitExceededException.prototype);
		}
	};
	var TableInUseException = class TableInUseException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#TableInUseException";
		name = "TableInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TableInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TableInUseException.prototype);
		}
	};
	var TableNotFoundException = class TableNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#TableNotFoundException";
		name = "TableNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TableNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TableNotFoundException.prototype);
		}
	};
	var GlobalTableAlreadyExistsException = class GlobalTableAlreadyExistsException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#GlobalTableAlreadyExistsException";
		name = "GlobalTableAlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "GlobalTableAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, GlobalTableAlreadyExistsException.prototype);
		}
	};
	var ResourceInUseException = class ResourceInUseException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ResourceInUseException";
		name = "ResourceInUseException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ResourceInUseException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ResourceInUseException.prototype);
		}
	};
	var TransactionConflictException = class TransactionConflictException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#TransactionConflictException";
		name = "TransactionConflictException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TransactionConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TransactionConflictException.prototype);
		}
	};
	var PolicyNotFoundException = class PolicyNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#PolicyNotFoundException";
		name = "PolicyNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PolicyNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PolicyNotFoundException.prototype);
		}
	};
	var ExportNotFoundException = class ExportNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ExportNotFoundException";
		name = "ExportNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ExportNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExportNotFoundException.prototype);
		}
	};
	var GlobalTableNotFoundException = class GlobalTableNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#GlobalTableNotFoundException";
		name = "GlobalTableNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "GlobalTableNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, GlobalTableNotFoundException.prototype);
		}
	};
	var ImportNotFoundException = class ImportNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ImportNotFoundException";
		name = "ImportNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ImportNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ImportNotFoundException.prototype);
		}
	};
	var DuplicateItemException = class DuplicateItemException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#DuplicateItemException";
		name = "DuplicateItemException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "DuplicateItemException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, DuplicateItemException.prototype);
		}
	};
	var IdempotentParameterMismatchException = class IdempotentParameterMismatchException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#IdempotentParameterMismatchException";
		name = "IdempotentParameterMismatchException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "IdempotentParameterMismatchException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IdempotentParameterMismatchException.prototype);
			this.Message = opts.Message;
		}
	};
	var TransactionInProgressException = class TransactionInProgressException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#TransactionInProgressException";
		name = "TransactionInProgressException";
		$fault = "client";
		Message;
		constructor(opts) {
			super({
				name: "TransactionInProgressException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TransactionInProgressException.prototype);
			this.Message = opts.Message;
		}
	};
	var ExportConflictException = class ExportConflictException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ExportConflictException";
		name = "ExportConflictException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ExportConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ExportConflictException.prototype);
		}
	};
	var InvalidExportTimeException = class InvalidExportTimeException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#InvalidExportTimeException";
		name = "InvalidExportTimeException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidExportTimeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidExportTimeException.prototype);
		}
	};
	var PointInTimeRecoveryUnavailableException = class PointInTimeRecoveryUnavailableException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#PointInTimeRecoveryUnavailableException";
		name = "PointInTimeRecoveryUnavailableException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "PointInTimeRecoveryUnavailableException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, PointInTimeRecoveryUnavailableException.prototype);
		}
	};
	var ImportConflictException = class ImportConflictException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ImportConflictException";
		name = "ImportConflictException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ImportConflictException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ImportConflictException.prototype);
		}
	};
	var TableAlreadyExistsException = class TableAlreadyExistsException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#TableAlreadyExistsException";
		name = "TableAlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "TableAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TableAlreadyExistsException.prototype);
		}
	};
	var InvalidRestoreTimeException = class InvalidRestoreTimeException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#InvalidRestoreTimeException";
		name = "InvalidRestoreTimeException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "InvalidRestoreTimeException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, InvalidRestoreTimeException.prototype);
		}
	};
	var ReplicaAlreadyExistsException = class ReplicaAlreadyExistsException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ReplicaAlreadyExistsException";
		name = "ReplicaAlreadyExistsException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReplicaAlreadyExistsException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReplicaAlreadyExistsException.prototype);
		}
	};
	var ReplicaNotFoundException = class ReplicaNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ReplicaNotFoundException";
		name = "ReplicaNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "ReplicaNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ReplicaNotFoundException.prototype);
		}
	};
	var IndexNotFoundException = class IndexNotFoundException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#IndexNotFoundException";
		name = "IndexNotFoundException";
		$fault = "client";
		constructor(opts) {
			super({
				name: "IndexNotFoundException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, IndexNotFoundException.prototype);
		}
	};
	var ConditionalCheckFailedException = class ConditionalCheckFailedException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#ConditionalCheckFailedException";
		name = "ConditionalCheckFailedException";
		$fault = "client";
		Item;
		constructor(opts) {
			super({
				name: "ConditionalCheckFailedException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, ConditionalCheckFailedException.prototype);
			this.Item = opts.Item;
		}
	};
	var TransactionCanceledException = class TransactionCanceledException extends DynamoDBServiceException {
		static shapeId = "com.amazonaws.dynamodb#TransactionCanceledException";
		name = "TransactionCanceledException";
		$fault = "client";
		Message;
		CancellationReasons;
		constructor(opts) {
			super({
				name: "TransactionCanceledException",
				$fault: "client",
				...opts
			});
			Object.setPrototypeOf(this, TransactionCanceledException.prototype);
			this.Message = opts.Message;
			this.CancellationReasons = opts.CancellationReasons;
		}
	};
	const _A = "Action";
	const _ABA = "ArchivalBackupArn";
	const _ACDTP = "ApproximateCreationDateTimePrecision";
	const _AD = "AttributeDefinition";
	const _ADT = "ArchivalDateTime";
	const _ADt = "AttributeDefinitions";
	const _AM = "AttributeMap";
	const _AMRCU = "AccountMaxReadCapacityUnits";
	const _AMWCU = "AccountMaxWriteCapacityUnits";
	const _AN = "AttributeName";
	const _AR = "ArchivalReason";
	const _AS = "ArchivalSummary";
	const _ASD = "AutoScalingDisabled";
	const _ASPD = "AutoScalingPolicyDescription";
	const _ASPDL = "AutoScalingPolicyDescriptionList";
	const _ASPU = "AutoScalingPolicyUpdate";
	const _ASRA = "AutoScalingRoleArn";
	const _ASSD = "AutoScalingSettingsDescription";
	const _ASSU = "AutoScalingSettingsUpdate";
	const _ASTTSPCD = "AutoScalingTargetTrackingScalingPolicyConfigurationDescription";
	const _ASTTSPCU = "AutoScalingTargetTrackingScalingPolicyConfigurationUpdate";
	const _AT = "AttributeType";
	const _ATG = "AttributesToGet";
	const _AU = "AttributeUpdates";
	const _AV = "AttributeValue";
	const _AVL = "AttributeValueList";
	const _AVU = "AttributeValueUpdate";
	const _Ad = "Address";
	const _At = "Attributes";
	const _B = "Backfilling";
	const _BA = "BackupArn";
	const _BCDT = "BackupCreationDateTime";
	const _BD = "BackupDescription";
	const _BDa = "BackupDetails";
	const _BEDT = "BackupExpiryDateTime";
	const _BES = "BatchExecuteStatement";
	const _BESI = "BatchExecuteStatementInput";
	const _BESO = "BatchExecuteStatementOutput";
	const _BGI = "BatchGetItem";
	const _BGII = "BatchGetItemInput";
	const _BGIO = "BatchGetItemOutput";
	const _BGRM = "BatchGetResponseMap";
	const _BGRMa = "BatchGetRequestMap";
	const _BIUE = "BackupInUseException";
	const _BM = "BillingMode";
	const _BMO = "BillingModeOverride";
	const _BMS = "BillingModeSummary";
	const _BN = "BackupName";
	const _BNFE = "BackupNotFoundException";
	const _BOA = "BulkOperationArn";
	const _BOB = "BulkOperationBytes";
	const _BOD = "BulkOperationDescription";
	const _BOOL = "BOOL";
	const _BOS = "BulkOperationStatus";
	const _BOSL = "BulkOperationsSummaryList";
	const _BOSu = "BulkOperationSummary";
	const _BOTD = "BulkOperationTableDetail";
	const _BOTDu = "BulkOperationTableDetails";
	const _BOU = "BulkOperationUsage";
	const _BOUM = "BulkOperationUsageMultiple";
	const _BOVB = "BulkOperationVectorBytes";
	const _BPB = "BulkPutBytes";
	const _BPVB = "BulkPutVectorBytes";
	const _BS = "BackupStatus";
	const _BSB = "BackupSizeBytes";
	const _BSBi = "BilledSizeBytes";
	const _BSE = "BatchStatementError";
	const _BSR = "BatchStatementRequest";
	const _BSRa = "BatchStatementResponse";
	const _BS_ = "BS";
	const _BSa = "BackupSummary";
	const _BSac = "BackupSummaries";
	const _BT = "BackupType";
	const _BWI = "BatchWriteItem";
	const _BWII = "BatchWriteItemInput";
	const _BWIO = "BatchWriteItemOutput";
	const _BWIRM = "BatchWriteItemRequestMap";
	const _B_ = "B";
	const _C = "Code";
	const _CB = "CreateBackup";
	const _CBD = "ContinuousBackupsDescription";
	const _CBI = "CreateBackupInput";
	const _CBO = "CreateBackupOutput";
	const _CBOI = "CancelBulkOperationInput";
	const _CBOO = "CancelBulkOperationOutput";
	const _CBOa = "CancelBulkOperation";
	const _CBS = "ContinuousBackupsStatus";
	const _CBUE = "ContinuousBackupsUnavailableException";
	const _CC = "ConsumedCapacity";
	const _CCFE = "ConditionalCheckFailedException";
	const _CCM = "ConsumedCapacityMultiple";
	const _CCo = "ConditionCheck";
	const _CDT = "CreationDateTime";
	const _CE = "ConditionExpression";
	const _CGSIA = "CreateGlobalSecondaryIndexAction";
	const _CGT = "CreateGlobalTable";
	const _CGTI = "CreateGlobalTableInput";
	const _CGTO = "CreateGlobalTableOutput";
	const _CGTWGMA = "CreateGlobalTableWitnessGroupMemberAction";
	const _CIA = "ContributorInsightsAction";
	const _CIM = "ContributorInsightsMode";
	const _CIRL = "ContributorInsightsRuleList";
	const _CIS = "ContributorInsightsSummary";
	const _CISo = "ContributorInsightsStatus";
	const _CISon = "ContributorInsightsSummaries";
	const _CO = "ComparisonOperator";
	const _COo = "ConditionalOperator";
	const _COs = "CsvOptions";
	const _CPIM = "CachePeriodInMinutes";
	const _CR = "CancellationReasons";
	const _CRA = "CreateReplicaAction";
	const _CRGMA = "CreateReplicationGroupMemberAction";
	const _CRL = "CancellationReasonList";
	const _CRSRA = "ConfirmRemoveSelfResourceAccess";
	const _CRT = "ClientRequestToken";
	const _CRa = "CancellationReason";
	const _CRo = "ConsistentRead";
	const _CT = "ClientToken";
	const _CTI = "CreateTableInput";
	const _CTO = "CreateTableOutput";
	const _CTr = "CreateTable";
	const _CU = "CapacityUnits";
	const _CVIA = "CreateVectorIndexAction";
	const _CWLGA = "CloudWatchLogGroupArn";
	const _Ca = "Capacity";
	const _Co = "Condition";
	const _Cou = "Count";
	const _Cr = "Create";
	const _Cs = "Csv";
	const _D = "Dimensions";
	const _DB = "DeleteBackup";
	const _DBI = "DeleteBackupInput";
	const _DBIe = "DescribeBackupInput";
	const _DBO = "DeleteBackupOutput";
	const _DBOI = "DescribeBulkOperationInput";
	const _DBOO = "DescribeBulkOperationOutput";
	const _DBOe = "DescribeBackupOutput";
	const _DBOes = "DescribeBulkOperation";
	const _DBe = "DescribeBackup";
	const _DCB = "DescribeContinuousBackups";
	const _DCBI = "DescribeContinuousBackupsInput";
	const _DCBO = "DescribeContinuousBackupsOutput";
	const _DCI = "DescribeContributorInsights";
	const _DCII = "DescribeContributorInsightsInput";
	const _DCIO = "DescribeContributorInsightsOutput";
	const _DE = "DescribeEndpoints";
	const _DEI = "DescribeExportInput";
	const _DEO = "DescribeExportOutput";
	const _DER = "DescribeEndpointsRequest";
	const _DERe = "DescribeEndpointsResponse";
	const _DEe = "DescribeExport";
	const _DF = "DistanceFunction";
	const _DGSIA = "DeleteGlobalSecondaryIndexAction";
	const _DGT = "DescribeGlobalTable";
	const _DGTI = "DescribeGlobalTableInput";
	const _DGTO = "DescribeGlobalTableOutput";
	const _DGTS = "DescribeGlobalTableSettings";
	const _DGTSI = "DescribeGlobalTableSettingsInput";
	const _DGTSO = "DescribeGlobalTableSettingsOutput";
	const _DGTWGMA = "DeleteGlobalTableWitnessGroupMemberAction";
	const _DI = "DeleteItem";
	const _DIE = "DuplicateItemException";
	const _DII = "DeleteItemInput";
	const _DIIe = "DescribeImportInput";
	const _DIO = "DeleteItemOutput";
	const _DIOe = "DescribeImportOutput";
	const _DIe = "DescribeImport";
	const _DKSD = "DescribeKinesisStreamingDestination";
	const _DKSDI = "DescribeKinesisStreamingDestinationInput";
	const _DKSDO = "DescribeKinesisStreamingDestinationOutput";
	const _DKSDi = "DisableKinesisStreamingDestination";
	const _DL = "DescribeLimits";
	const _DLI = "DescribeLimitsInput";
	const _DLO = "DescribeLimitsOutput";
	const _DM = "DisassociationMode";
	const _DPE = "DeletionProtectionEnabled";
	const _DPEi = "DisassociationProtectionEnabled";
	const _DR = "DeleteRequest";
	const _DRA = "DeleteReplicaAction";
	const _DRGMA = "DeleteReplicationGroupMemberAction";
	const _DRGMAi = "DisassociateReplicationGroupMemberAction";
	const _DRP = "DeleteResourcePolicy";
	const _DRPI = "DeleteResourcePolicyInput";
	const _DRPO = "DeleteResourcePolicyOutput";
	const _DS = "DestinationStatus";
	const _DSD = "DestinationStatusDescription";
	const _DSI = "DisableScaleIn";
	const _DT = "DeleteTable";
	const _DTI = "DeleteTableInput";
	const _DTIe = "DescribeTableInput";
	const _DTO = "DeleteTableOutput";
	const _DTOe = "DescribeTableOutput";
	const _DTRAS = "DescribeTableReplicaAutoScaling";
	const _DTRASI = "DescribeTableReplicaAutoScalingInput";
	const _DTRASO = "DescribeTableReplicaAutoScalingOutput";
	const _DTTL = "DescribeTimeToLive";
	const _DTTLI = "DescribeTimeToLiveInput";
	const _DTTLO = "DescribeTimeToLiveOutput";
	const _DTe = "DescribeTable";
	const _DVIA = "DeleteVectorIndexAction";
	const _De = "Delimiter";
	const _Del = "Delete";
	const _Di = "Disassociate";
	const _E = "Error";
	const _EA = "ExportArn";
	const _EAM = "ExpectedAttributeMap";
	const _EAN = "ExpressionAttributeNames";
	const _EAV = "ExpressionAttributeValues";
	const _EAVM = "ExpressionAttributeValueMap";
	const _EAVx = "ExpectedAttributeValue";
	const _EC = "ErrorCount";
	const _ECE = "ExportConflictException";
	const _ED = "ExportDescription";
	const _EDx = "ExceptionDescription";
	const _EF = "ExportFormat";
	const _EFT = "ExportFromTime";
	const _EKSC = "EnableKinesisStreamingConfiguration";
	const _EKSD = "EnableKinesisStreamingDestination";
	const _EM = "ExportManifest";
	const _EN = "ExceptionName";
	const _ENFE = "ExportNotFoundException";
	const _ERDT = "EarliestRestorableDateTime";
	const _ERI = "ExpectedRevisionId";
	const _ES = "ExportStatus";
	const _ESBA = "ExclusiveStartBackupArn";
	const _ESGTN = "ExclusiveStartGlobalTableName";
	const _ESI = "ExecuteStatementInput";
	const _ESK = "ExclusiveStartKey";
	const _ESO = "ExecuteStatementOutput";
	const _ESTN = "ExclusiveStartTableName";
	const _ESx = "ExportSummary";
	const _ESxe = "ExecuteStatement";
	const _ESxp = "ExportSummaries";
	const _ET = "EndTime";
	const _ETI = "ExecuteTransactionInput";
	const _ETO = "ExecuteTransactionOutput";
	const _ETT = "ExportToTime";
	const _ETTPIT = "ExportTableToPointInTime";
	const _ETTPITI = "ExportTableToPointInTimeInput";
	const _ETTPITO = "ExportTableToPointInTimeOutput";
	const _ETx = "ExportTime";
	const _ETxe = "ExecuteTransaction";
	const _ETxp = "ExportType";
	const _EVT = "ExportViewType";
	const _En = "Endpoints";
	const _Ena = "Enabled";
	const _End = "Endpoint";
	const _Ex = "Expected";
	const _Exi = "Exists";
	const _FC = "FailureCode";
	const _FCM = "FilterConditionMap";
	const _FE = "FailureException";
	const _FEi = "FilterExpression";
	const _FIC = "FailedItemCount";
	const _FM = "FailureMessage";
	const _FS = "FilterSpecification";
	const _G = "Get";
	const _GI = "GetItem";
	const _GII = "GetItemInput";
	const _GIO = "GetItemOutput";
	const _GRP = "GetResourcePolicy";
	const _GRPI = "GetResourcePolicyInput";
	const _GRPO = "GetResourcePolicyOutput";
	const _GSI = "GlobalSecondaryIndexes";
	const _GSIASU = "GlobalSecondaryIndexAutoScalingUpdate";
	const _GSIASUL = "GlobalSecondaryIndexAutoScalingUpdateList";
	const _GSID = "GlobalSecondaryIndexDescription";
	const _GSIDL = "GlobalSecondaryIndexDescriptionList";
	const _GSII = "GlobalSecondaryIndexInfo";
	const _GSIL = "GlobalSecondaryIndexList";
	const _GSIO = "GlobalSecondaryIndexOverride";
	const _GSIU = "GlobalSecondaryIndexUpdate";
	const _GSIUL = "GlobalSecondaryIndexUpdateList";
	const _GSIUl = "GlobalSecondaryIndexUpdates";
	const _GSIWTD = "GlobalSecondaryIndexWarmThroughputDescription";
	const _GSIl = "GlobalSecondaryIndex";
	const _GT = "GlobalTable";
	const _GTA = "GlobalTableArn";
	const _GTAEE = "GlobalTableAlreadyExistsException";
	const _GTBM = "GlobalTableBillingMode";
	const _GTD = "GlobalTableDescription";
	const _GTGSISU = "GlobalTableGlobalSecondaryIndexSettingsUpdate";
	const _GTGSISUL = "GlobalTableGlobalSecondaryIndexSettingsUpdateList";
	const _GTL = "GlobalTableList";
	const _GTN = "GlobalTableName";
	const _GTNFE = "GlobalTableNotFoundException";
	const _GTPWCASSU = "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate";
	const _GTPWCU = "GlobalTableProvisionedWriteCapacityUnits";
	const _GTS = "GlobalTableStatus";
	const _GTSA = "GlobalTableSourceArn";
	const _GTSRM = "GlobalTableSettingsReplicationMode";
	const _GTV = "GlobalTableVersion";
	const _GTW = "GlobalTableWitnesses";
	const _GTWD = "GlobalTableWitnessDescription";
	const _GTWDL = "GlobalTableWitnessDescriptionList";
	const _GTWGU = "GlobalTableWitnessGroupUpdate";
	const _GTWGUL = "GlobalTableWitnessGroupUpdateList";
	const _GTWU = "GlobalTableWitnessUpdates";
	const _GTl = "GlobalTables";
	const _HL = "HeaderList";
	const _I = "Item";
	const _IA = "ImportArn";
	const _IAn = "IndexArn";
	const _IC = "ItemCount";
	const _ICE = "ImportConflictException";
	const _ICK = "ItemCollectionKey";
	const _ICKAM = "ItemCollectionKeyAttributeMap";
	const _ICM = "ItemCollectionMetrics";
	const _ICMM = "ItemCollectionMetricsMultiple";
	const _ICMPT = "ItemCollectionMetricsPerTable";
	const _ICSLEE = "ItemCollectionSizeLimitExceededException";
	const _ICT = "InputCompressionType";
	const _IEDT = "InaccessibleEncryptionDateTime";
	const _IEE = "InvalidEndpointException";
	const _IES = "IncrementalExportSpecification";
	const _IETE = "InvalidExportTimeException";
	const _IF = "InputFormat";
	const _IFO = "InputFormatOptions";
	const _IIC = "ImportedItemCount";
	const _IL = "ItemList";
	const _IN = "IndexName";
	const _INFE = "ImportNotFoundException";
	const _INFEn = "IndexNotFoundException";
	const _IPME = "IdempotentParameterMismatchException";
	const _IR = "ItemResponse";
	const _IRL = "ItemResponseList";
	const _IRTE = "InvalidRestoreTimeException";
	const _IS = "IndexStatus";
	const _ISB = "IndexSizeBytes";
	const _ISC = "InputS3Configuration";
	const _ISE = "InternalServerError";
	const _ISL = "ImportSummaryList";
	const _ISm = "ImportSummary";
	const _ISmp = "ImportStatus";
	const _IT = "ImportTable";
	const _ITD = "ImportTableDescription";
	const _ITI = "ImportTableInput";
	const _ITO = "ImportTableOutput";
	const _It = "Items";
	const _K = "Key";
	const _KAA = "KeysAndAttributes";
	const _KC = "KeyConditions";
	const _KCE = "KeyConditionExpression";
	const _KDSD = "KinesisDataStreamDestinations";
	const _KDSDi = "KinesisDataStreamDestination";
	const _KL = "KeyList";
	const _KMSMKA = "KMSMasterKeyArn";
	const _KMSMKI = "KMSMasterKeyId";
	const _KS = "KeySchema";
	const _KSDI = "KinesisStreamingDestinationInput";
	const _KSDO = "KinesisStreamingDestinationOutput";
	const _KSE = "KeySchemaElement";
	const _KT = "KeyType";
	const _Ke = "Keys";
	const _L = "Limit";
	const _LAV = "ListAttributeValue";
	const _LB = "ListBackups";
	const _LBI = "ListBackupsInput";
	const _LBO = "ListBackupsOutput";
	const _LBOI = "ListBulkOperationsInput";
	const _LBOO = "ListBulkOperationsOutput";
	const _LBOi = "ListBulkOperations";
	const _LCI = "ListContributorInsights";
	const _LCII = "ListContributorInsightsInput";
	const _LCIO = "ListContributorInsightsOutput";
	const _LDDT = "LastDecreaseDateTime";
	const _LE = "ListExports";
	const _LEBA = "LastEvaluatedBackupArn";
	const _LEE = "LimitExceededException";
	const _LEGTN = "LastEvaluatedGlobalTableName";
	const _LEI = "ListExportsInput";
	const _LEK = "LastEvaluatedKey";
	const _LEO = "ListExportsOutput";
	const _LETN = "LastEvaluatedTableName";
	const _LGT = "ListGlobalTables";
	const _LGTI = "ListGlobalTablesInput";
	const _LGTO = "ListGlobalTablesOutput";
	const _LI = "ListImports";
	const _LIDT = "LastIncreaseDateTime";
	const _LII = "ListImportsInput";
	const _LIO = "ListImportsOutput";
	const _LRDT = "LatestRestorableDateTime";
	const _LSA = "LatestStreamArn";
	const _LSI = "LocalSecondaryIndexes";
	const _LSID = "LocalSecondaryIndexDescription";
	const _LSIDL = "LocalSecondaryIndexDescriptionList";
	const _LSII = "LocalSecondaryIndexInfo";
	const _LSIL = "LocalSecondaryIndexList";
	const _LSIO = "LocalSecondaryIndexOverride";
	const _LSIo = "LocalSecondaryIndex";
	const _LSL = "LatestStreamLabel";
	const _LT = "ListTables";
	const _LTI = "ListTablesInput";
	const _LTO = "ListTablesOutput";
	const _LTOR = "ListTagsOfResource";
	const _LTORI = "ListTagsOfResourceInput";
	const _LTORO = "ListTagsOfResourceOutput";
	const _LUDT = "LastUpdateDateTime";
	const _LUTPPRDT = "LastUpdateToPayPerRequestDateTime";
	const _L_ = "L";
	const _M = "Message";
	const _MAV = "MapAttributeValue";
	const _MR = "MaxResults";
	const _MRC = "MultiRegionConsistency";
	const _MRRU = "MaxReadRequestUnits";
	const _MU = "MinimumUnits";
	const _MUa = "MaximumUnits";
	const _MWRU = "MaxWriteRequestUnits";
	const _M_ = "M";
	const _N = "N";
	const _NKA = "NonKeyAttributes";
	const _NODT = "NumberOfDecreasesToday";
	const _NS = "NS";
	const _NT = "NextToken";
	const _NULL = "NULL";
	const _ODT = "OnDemandThroughput";
	const _ODTO = "OnDemandThroughputOverride";
	const _OSC = "OutputS3Configuration";
	const _OT = "OutputType";
	const _P = "Parameters";
	const _PE = "ProjectionExpression";
	const _PI = "PutItem";
	const _PIB = "ProcessedInputBytes";
	const _PIC = "ProcessedItemCount";
	const _PII = "PutItemInput";
	const _PIIAM = "PutItemInputAttributeMap";
	const _PIO = "PutItemOutput";
	const _PITRD = "PointInTimeRecoveryDescription";
	const _PITRE = "PointInTimeRecoveryEnabled";
	const _PITRS = "PointInTimeRecoveryStatus";
	const _PITRSo = "PointInTimeRecoverySpecification";
	const _PITRUE = "PointInTimeRecoveryUnavailableException";
	const _PN = "PolicyName";
	const _PNFE = "PolicyNotFoundException";
	const _PQLBR = "PartiQLBatchRequest";
	const _PQLBRa = "PartiQLBatchResponse";
	const _PR = "PutRequest";
	const _PRCASS = "ProvisionedReadCapacityAutoScalingSettings";
	const _PRCASSU = "ProvisionedReadCapacityAutoScalingSettingsUpdate";
	const _PRCASU = "ProvisionedReadCapacityAutoScalingUpdate";
	const _PRCU = "ProvisionedReadCapacityUnits";
	const _PRP = "PutResourcePolicy";
	const _PRPI = "PutResourcePolicyInput";
	const _PRPO = "PutResourcePolicyOutput";
	const _PS = "PageSize";
	const _PSB = "ProcessedSizeBytes";
	const _PSP = "PreparedStatementParameters";
	const _PSa = "ParameterizedStatement";
	const _PSar = "ParameterizedStatements";
	const _PT = "PerformanceTier";
	const _PTD = "ProvisionedThroughputDescription";
	const _PTEE = "ProvisionedThroughputExceededException";
	const _PTO = "ProvisionedThroughputOverride";
	const _PTr = "ProvisionedThroughput";
	const _PTro = "ProjectionType";
	const _PWCASS = "ProvisionedWriteCapacityAutoScalingSettings";
	const _PWCASSU = "ProvisionedWriteCapacityAutoScalingSettingsUpdate";
	const _PWCASU = "ProvisionedWriteCapacityAutoScalingUpdate";
	const _PWCU = "ProvisionedWriteCapacityUnits";
	const _Po = "Policy";
	const _Pr = "Projection";
	const _Pu = "Put";
	const _Q = "Query";
	const _QF = "QueryFilter";
	const _QI = "QueryInput";
	const _QO = "QueryOutput";
	const _R = "Responses";
	const _RA = "ResourceArn";
	const _RAEE = "ReplicaAlreadyExistsException";
	const _RASD = "ReplicaAutoScalingDescription";
	const _RASDL = "ReplicaAutoScalingDescriptionList";
	const _RASU = "ReplicaAutoScalingUpdate";
	const _RASUL = "ReplicaAutoScalingUpdateList";
	const _RAe = "ReplicaArn";
	const _RBMS = "ReplicaBillingModeSummary";
	const _RCC = "ReturnConsumedCapacity";
	const _RCU = "ReadCapacityUnits";
	const _RD = "ReplicaDescription";
	const _RDL = "ReplicaDescriptionList";
	const _RDT = "RestoreDateTime";
	const _RG = "ReplicationGroup";
	const _RGSI = "ReplicaGlobalSecondaryIndex";
	const _RGSIASD = "ReplicaGlobalSecondaryIndexAutoScalingDescription";
	const _RGSIASDL = "ReplicaGlobalSecondaryIndexAutoScalingDescriptionList";
	const _RGSIASU = "ReplicaGlobalSecondaryIndexAutoScalingUpdate";
	const _RGSIASUL = "ReplicaGlobalSecondaryIndexAutoScalingUpdateList";
	const _RGSID = "ReplicaGlobalSecondaryIndexDescription";
	const _RGSIDL = "ReplicaGlobalSecondaryIndexDescriptionList";
	const _RGSIL = "ReplicaGlobalSecondaryIndexList";
	const _RGSIS = "ReplicaGlobalSecondaryIndexSettings";
	const _RGSISD = "ReplicaGlobalSecondaryIndexSettingsDescription";
	const _RGSISDL = "ReplicaGlobalSecondaryIndexSettingsDescriptionList";
	const _RGSISU = "ReplicaGlobalSecondaryIndexSettingsUpdate";
	const _RGSISUL = "ReplicaGlobalSecondaryIndexSettingsUpdateList";
	const _RGSIU = "ReplicaGlobalSecondaryIndexUpdates";
	const _RGU = "ReplicationGroupUpdate";
	const _RGUL = "ReplicationGroupUpdateList";
	const _RI = "RequestItems";
	const _RICM = "ReturnItemCollectionMetrics";
	const _RIDT = "ReplicaInaccessibleDateTime";
	const _RIP = "RestoreInProgress";
	const _RIUE = "ResourceInUseException";
	const _RIe = "RevisionId";
	const _RL = "ReplicaList";
	const _RLE = "RequestLimitExceeded";
	const _RN = "RegionName";
	const _RNFE = "ReplicaNotFoundException";
	const _RNFEe = "ResourceNotFoundException";
	const _RP = "ResourcePolicy";
	const _RPID = "RecoveryPeriodInDays";
	const _RPRCASS = "ReplicaProvisionedReadCapacityAutoScalingSettings";
	const _RPRCASSU = "ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate";
	const _RPRCASU = "ReplicaProvisionedReadCapacityAutoScalingUpdate";
	const _RPRCU = "ReplicaProvisionedReadCapacityUnits";
	const _RPWCASS = "ReplicaProvisionedWriteCapacityAutoScalingSettings";
	const _RPWCU = "ReplicaProvisionedWriteCapacityUnits";
	const _RS = "ReplicaSettings";
	const _RSD = "ReplicaStatusDescription";
	const _RSDL = "ReplicaSettingsDescriptionList";
	const _RSDe = "ReplicaSettingsDescription";
	const _RSPP = "ReplicaStatusPercentProgress";
	const _RSU = "ReplicaSettingsUpdate";
	const _RSUL = "ReplicaSettingsUpdateList";
	const _RSe = "ReplicaStatus";
	const _RSes = "RestoreSummary";
	const _RTC = "ReplicaTableClass";
	const _RTCS = "ReplicaTableClassSummary";
	const _RTFB = "RestoreTableFromBackup";
	const _RTFBI = "RestoreTableFromBackupInput";
	const _RTFBO = "RestoreTableFromBackupOutput";
	const _RTTPIT = "RestoreTableToPointInTime";
	const _RTTPITI = "RestoreTableToPointInTimeInput";
	const _RTTPITO = "RestoreTableToPointInTimeOutput";
	const _RU = "ReplicaUpdate";
	const _RUL = "ReplicaUpdateList";
	const _RUPS = "ReadUnitsPerSecond";
	const _RUe = "ReplicaUpdates";
	const _RV = "ReturnValues";
	const _RVOCCF = "ReturnValuesOnConditionCheckFailure";
	const _RWCE = "ReplicatedWriteConflictException";
	const _Re = "Replica";
	const _Rep = "Replicas";
	const _S = "Statements";
	const _SA = "StreamArn";
	const _SB = "S3Bucket";
	const _SBA = "SourceBackupArn";
	const _SBO = "S3BucketOwner";
	const _SBPI = "StartBulkPutItems";
	const _SBPII = "StartBulkPutItemsInput";
	const _SBPIO = "StartBulkPutItemsOutput";
	const _SBS = "S3BucketSource";
	const _SC = "ScannedCount";
	const _SCE = "SearchConditionExpression";
	const _SD = "StreamDescription";
	const _SE = "StreamEnabled";
	const _SERGB = "SizeEstimateRangeGB";
	const _SF = "ScanFilter";
	const _SI = "ScanInput";
	const _SIBBM = "SecondaryIndexesBulkBytesMap";
	const _SIC = "ScaleInCooldown";
	const _SICM = "SecondaryIndexesCapacityMap";
	const _SIF = "ScanIndexForward";
	const _SKP = "S3KeyPrefix";
	const _SO = "ScanOutput";
	const _SOC = "ScaleOutCooldown";
	const _SP = "ScalingPolicies";
	const _SPU = "ScalingPolicyUpdate";
	const _SPr = "S3Prefix";
	const _SR = "SearchResults";
	const _SRI = "SearchResultItem";
	const _SRL = "SearchResultList";
	const _SS = "StreamSpecification";
	const _SSA = "S3SseAlgorithm";
	const _SSE = "SearchSchemaElement";
	const _SSED = "SSEDescription";
	const _SSES = "SSESpecification";
	const _SSESO = "SSESpecificationOverride";
	const _SSET = "SearchSchemaElementType";
	const _SSETy = "SSEType";
	const _SSKKI = "S3SseKmsKeyId";
	const _SS_ = "SS";
	const _SSe = "SearchSchema";
	const _ST = "StartTime";
	const _STA = "SourceTableArn";
	const _STD = "SourceTableDetails";
	const _STFD = "SourceTableFeatureDetails";
	const _STN = "SourceTableName";
	const _SV = "SearchVector";
	const _SVI = "SearchVectorsInput";
	const _SVL = "SearchVectorList";
	const _SVO = "SearchVectorsOutput";
	const _SVT = "StreamViewType";
	const _SVe = "SearchVectors";
	const _S_ = "S";
	const _Sc = "Score";
	const _Sca = "Scan";
	const _Se = "Select";
	const _Seg = "Segment";
	const _St = "Statement";
	const _Sta = "Status";
	const _T = "Table";
	const _TA = "TableArn";
	const _TAEE = "TableAlreadyExistsException";
	const _TASD = "TableAutoScalingDescription";
	const _TC = "TableClass";
	const _TCDT = "TableCreationDateTime";
	const _TCE = "TransactionCanceledException";
	const _TCEr = "TransactionConflictException";
	const _TCO = "TableClassOverride";
	const _TCP = "TableCreationParameters";
	const _TCS = "TableClassSummary";
	const _TD = "TableDetails";
	const _TDa = "TableDescription";
	const _TE = "ThrottlingException";
	const _TGI = "TransactGetItem";
	const _TGII = "TransactGetItemsInput";
	const _TGIL = "TransactGetItemList";
	const _TGIO = "TransactGetItemsOutput";
	const _TGIr = "TransactGetItems";
	const _TI = "TableId";
	const _TIB = "TotalInputBytes";
	const _TIPE = "TransactionInProgressException";
	const _TIUE = "TableInUseException";
	const _TIr = "TransactItems";
	const _TK = "TopK";
	const _TKa = "TagKeys";
	const _TL = "TagList";
	const _TMRCU = "TableMaxReadCapacityUnits";
	const _TMWCU = "TableMaxWriteCapacityUnits";
	const _TN = "TableName";
	const _TNFE = "TableNotFoundException";
	const _TNa = "TableNames";
	const _TR = "ThrottlingReasons";
	const _TRI = "TagResourceInput";
	const _TRL = "ThrottlingReasonList";
	const _TRLB = "TimeRangeLowerBound";
	const _TRUB = "TimeRangeUpperBound";
	const _TRa = "TagResource";
	const _TRh = "ThrottlingReason";
	const _TS = "TransactStatements";
	const _TSB = "TableSizeBytes";
	const _TSa = "TableStatus";
	const _TSo = "TotalSegments";
	const _TTLD = "TimeToLiveDescription";
	const _TTLS = "TimeToLiveStatus";
	const _TTLSi = "TimeToLiveSpecification";
	const _TTN = "TargetTableName";
	const _TTSPC = "TargetTrackingScalingPolicyConfiguration";
	const _TV = "TargetValue";
	const _TWI = "TransactWriteItem";
	const _TWII = "TransactWriteItemsInput";
	const _TWIL = "TransactWriteItemList";
	const _TWIO = "TransactWriteItemsOutput";
	const _TWIr = "TransactWriteItems";
	const _TWTD = "TableWarmThroughputDescription";
	const _Ta = "Tags";
	const _Tag = "Tag";
	const _U = "Update";
	const _UCB = "UpdateContinuousBackups";
	const _UCBI = "UpdateContinuousBackupsInput";
	const _UCBO = "UpdateContinuousBackupsOutput";
	const _UCI = "UpdateContributorInsights";
	const _UCII = "UpdateContributorInsightsInput";
	const _UCIO = "UpdateContributorInsightsOutput";
	const _UE = "UpdateExpression";
	const _UGSIA = "UpdateGlobalSecondaryIndexAction";
	const _UGT = "UpdateGlobalTable";
	const _UGTI = "UpdateGlobalTableInput";
	const _UGTO = "UpdateGlobalTableOutput";
	const _UGTS = "UpdateGlobalTableSettings";
	const _UGTSI = "UpdateGlobalTableSettingsInput";
	const _UGTSO = "UpdateGlobalTableSettingsOutput";
	const _UI = "UnprocessedItems";
	const _UII = "UpdateItemInput";
	const _UIO = "UpdateItemOutput";
	const _UIp = "UpdateItem";
	const _UK = "UnprocessedKeys";
	const _UKSC = "UpdateKinesisStreamingConfiguration";
	const _UKSD = "UpdateKinesisStreamingDestination";
	const _UKSDI = "UpdateKinesisStreamingDestinationInput";
	const _UKSDO = "UpdateKinesisStreamingDestinationOutput";
	const _ULRT = "UseLatestRestorableTime";
	const _UR = "UntagResource";
	const _URGMA = "UpdateReplicationGroupMemberAction";
	const _URI = "UntagResourceInput";
	const _UT = "UpdateTable";
	const _UTI = "UpdateTableInput";
	const _UTO = "UpdateTableOutput";
	const _UTRAS = "UpdateTableReplicaAutoScaling";
	const _UTRASI = "UpdateTableReplicaAutoScalingInput";
	const _UTRASO = "UpdateTableReplicaAutoScalingOutput";
	const _UTTL = "UpdateTimeToLive";
	const _UTTLI = "UpdateTimeToLiveInput";
	const _UTTLO = "UpdateTimeToLiveOutput";
	const _V = "Value";
	const _VA = "VectorAttribute";
	const _VAD = "VectorAttributeDefinition";
	const _VC = "VectorCapacity";
	const _VI = "VectorIndexes";
	const _VIBVBM = "VectorIndexesBulkVectorBytesMap";
	const _VICM = "VectorIndexesCapacityMap";
	const _VID = "VectorIndexDescription";
	const _VIDL = "VectorIndexDescriptionList";
	const _VII = "VectorIndexInfo";
	const _VIL = "VectorIndexList";
	const _VIO = "VectorIndexOverride";
	const _VIU = "VectorIndexUpdates";
	const _VIUL = "VectorIndexUpdateList";
	const _VIUe = "VectorIndexUpdate";
	const _VIe = "VectorIndex";
	const _VSRB = "VectorSearchRequestBytes";
	const _VWRB = "VectorWriteRequestBytes";
	const _WCU = "WriteCapacityUnits";
	const _WR = "WriteRequest";
	const _WRr = "WriteRequests";
	const _WS = "WitnessStatus";
	const _WT = "WarmThroughput";
	const _WUPS = "WriteUnitsPerSecond";
	const _aQE = "awsQueryError";
	const _c = "client";
	const _e = "error";
	const _hE = "httpError";
	const _hH = "httpHeader";
	const _m = "message";
	const _r = "reason";
	const _re = "resource";
	const _s = "smithy.ts.sdk.synthetic.com.amazonaws.dynamodb";
	const _se = "server";
	const _tR = "throttlingReasons";
	const _xacrsra = "x-amz-confirm-remove-self-resource-access";
	const n0 = "com.amazonaws.dynamodb";
	const _s_registry = new TypeRegistry(_s);
	var DynamoDBServiceException$ = [
		-3,
		_s,
		"DynamoDBServiceException",
		0,
		[],
		[]
	];
	_s_registry.registerError(DynamoDBServiceException$, DynamoDBServiceException);
	const n0_registry = new TypeRegistry(n0);
	var BackupInUseException$ = [
		-3,
		n0,
		_BIUE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(BackupInUseException$, BackupInUseException);
	var BackupNotFoundException$ = [
		-3,
		n0,
		_BNFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(BackupNotFoundException$, BackupNotFoundException);
	var ConditionalCheckFailedException$ = [
		-3,
		n0,
		_CCFE,
		{ [_e]: _c },
		[_m, _I],
		[0, () => AttributeMap]
	];
	n0_registry.registerError(ConditionalCheckFailedException$, ConditionalCheckFailedException);
	var ContinuousBackupsUnavailableException$ = [
		-3,
		n0,
		_CBUE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ContinuousBackupsUnavailableException$, ContinuousBackupsUnavailableException);
	var DuplicateItemException$ = [
		-3,
		n0,
		_DIE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(DuplicateItemException$, DuplicateItemException);
	var ExportConflictException$ = [
		-3,
		n0,
		_ECE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ExportConflictException$, ExportConflictException);
	var ExportNotFoundException$ = [
		-3,
		n0,
		_ENFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ExportNotFoundException$, ExportNotFoundException);
	var GlobalTableAlreadyExistsException$ = [
		-3,
		n0,
		_GTAEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(GlobalTableAlreadyExistsException$, GlobalTableAlreadyExistsException);
	var GlobalTableNotFoundException$ = [
		-3,
		n0,
		_GTNFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(GlobalTableNotFoundException$, GlobalTableNotFoundException);
	var IdempotentParameterMismatchException$ = [
		-3,
		n0,
		_IPME,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(IdempotentParameterMismatchException$, IdempotentParameterMismatchException);
	var ImportConflictException$ = [
		-3,
		n0,
		_ICE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ImportConflictException$, ImportConflictException);
	var ImportNotFoundException$ = [
		-3,
		n0,
		_INFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ImportNotFoundException$, ImportNotFoundException);
	var IndexNotFoundException$ = [
		-3,
		n0,
		_INFEn,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(IndexNotFoundException$, IndexNotFoundException);
	var InternalServerError$ = [
		-3,
		n0,
		_ISE,
		{ [_e]: _se },
		[_m],
		[0]
	];
	n0_registry.registerError(InternalServerError$, InternalServerError);
	var InvalidEndpointException$ = [
		-3,
		n0,
		_IEE,
		{
			[_e]: _c,
			[_hE]: 421
		},
		[_M],
		[0]
	];
	n0_registry.registerError(InvalidEndpointException$, InvalidEndpointException);
	var InvalidExportTimeException$ = [
		-3,
		n0,
		_IETE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidExportTimeException$, InvalidExportTimeException);
	var InvalidRestoreTimeException$ = [
		-3,
		n0,
		_IRTE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(InvalidRestoreTimeException$, InvalidRestoreTimeException);
	var ItemCollectionSizeLimitExceededException$ = [
		-3,
		n0,
		_ICSLEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ItemCollectionSizeLimitExceededException$, ItemCollectionSizeLimitExceededException);
	var LimitExceededException$ = [
		-3,
		n0,
		_LEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(LimitExceededException$, LimitExceededException);
	var PointInTimeRecoveryUnavailableException$ = [
		-3,
		n0,
		_PITRUE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(PointInTimeRecoveryUnavailableException$, PointInTimeRecoveryUnavailableException);
	var PolicyNotFoundException$ = [
		-3,
		n0,
		_PNFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
	var ProvisionedThroughputExceededException$ = [
		-3,
		n0,
		_PTEE,
		{ [_e]: _c },
		[_m, _TR],
		[0, () => ThrottlingReasonList]
	];
	n0_registry.registerError(ProvisionedThroughputExceededException$, ProvisionedThroughputExceededException);
	var ReplicaAlreadyExistsException$ = [
		-3,
		n0,
		_RAEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ReplicaAlreadyExistsException$, ReplicaAlreadyExistsException);
	var ReplicaNotFoundException$ = [
		-3,
		n0,
		_RNFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ReplicaNotFoundException$, ReplicaNotFoundException);
	var ReplicatedWriteConflictException$ = [
		-3,
		n0,
		_RWCE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ReplicatedWriteConflictException$, ReplicatedWriteConflictException);
	var RequestLimitExceeded$ = [
		-3,
		n0,
		_RLE,
		{ [_e]: _c },
		[_m, _TR],
		[0, () => ThrottlingReasonList]
	];
	n0_registry.registerError(RequestLimitExceeded$, RequestLimitExceeded);
	var ResourceInUseException$ = [
		-3,
		n0,
		_RIUE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
	var ResourceNotFoundException$ = [
		-3,
		n0,
		_RNFEe,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
	var TableAlreadyExistsException$ = [
		-3,
		n0,
		_TAEE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TableAlreadyExistsException$, TableAlreadyExistsException);
	var TableInUseException$ = [
		-3,
		n0,
		_TIUE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TableInUseException$, TableInUseException);
	var TableNotFoundException$ = [
		-3,
		n0,
		_TNFE,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TableNotFoundException$, TableNotFoundException);
	var ThrottlingException$ = [
		-3,
		n0,
		_TE,
		{
			[_aQE]: [`Throttling`, 400],
			[_e]: _c,
			[_hE]: 400
		},
		[_m, _tR],
		[0, () => ThrottlingReasonList]
	];
	n0_registry.registerError(ThrottlingException$, ThrottlingException);
	var TransactionCanceledException$ = [
		-3,
		n0,
		_TCE,
		{ [_e]: _c },
		[_M, _CR],
		[0, () => CancellationReasonList]
	];
	n0_registry.registerError(TransactionCanceledException$, TransactionCanceledException);
	var TransactionConflictException$ = [
		-3,
		n0,
		_TCEr,
		{ [_e]: _c },
		[_m],
		[0]
	];
	n0_registry.registerError(TransactionConflictException$, TransactionConflictException);
	var TransactionInProgressException$ = [
		-3,
		n0,
		_TIPE,
		{ [_e]: _c },
		[_M],
		[0]
	];
	n0_registry.registerError(TransactionInProgressException$, TransactionInProgressException);
	const errorTypeRegistries = [_s_registry, n0_registry];
	var ArchivalSummary$ = [
		3,
		n0,
		_AS,
		0,
		[
			_ADT,
			_AR,
			_ABA
		],
		[
			4,
			0,
			0
		]
	];
	var AttributeDefinition$ = [
		3,
		n0,
		_AD,
		0,
		[_AN, _AT],
		[0, 0],
		2
	];
	var AttributeValueUpdate$ = [
		3,
		n0,
		_AVU,
		0,
		[_V, _A],
		[() => AttributeValue$, 0]
	];
	var AutoScalingPolicyDescription$ = [
		3,
		n0,
		_ASPD,
		0,
		[_PN, _TTSPC],
		[0, () => AutoScalingTargetTrackingScalingPolicyConfigurationDescription$]
	];
	var AutoScalingPolicyUpdate$ = [
		3,
		n0,
		_ASPU,
		0,
		[_TTSPC, _PN],
		[() => AutoScalingTargetTrackingScalingPolicyConfigurationUpdate$, 0],
		1
	];
	var AutoScalingSettingsDescription$ = [
		3,
		n0,
		_ASSD,
		0,
		[
			_MU,
			_MUa,
			_ASD,
			_ASRA,
			_SP
		],
		[
			1,
			1,
			2,
			0,
			() => AutoScalingPolicyDescriptionList
		]
	];
	var AutoScalingSettingsUpdate$ = [
		3,
		n0,
		_ASSU,
		0,
		[
			_MU,
			_MUa,
			_ASD,
			_ASRA,
			_SPU
		],
		[
			1,
			1,
			2,
			0,
			() => AutoScalingPolicyUpdate$
		]
	];
	var AutoScalingTargetTrackingScalingPolicyConfigurationDescription$ = [
		3,
		n0,
		_ASTTSPCD,
		0,
		[
			_TV,
			_DSI,
			_SIC,
			_SOC
		],
		[
			1,
			2,
			1,
			1
		],
		1
	];
	var AutoScalingTargetTrackingScalingPolicyConfigurationUpdate$ = [
		3,
		n0,
		_ASTTSPCU,
		0,
		[
			_TV,
			_DSI,
			_SIC,
			_SOC
		],
		[
			1,
			2,
			1,
			1
		],
		1
	];
	var BackupDescription$ = [
		3,
		n0,
		_BD,
		0,
		[
			_BDa,
			_STD,
			_STFD
		],
		[
			() => BackupDetails$,
			() => SourceTableDetails$,
			() => SourceTableFeatureDetails$
		]
	];
	var BackupDetails$ = [
		3,
		n0,
		_BDa,
		0,
		[
			_BA,
			_BN,
			_BS,
			_BT,
			_BCDT,
			_BSB,
			_BEDT
		],
		[
			0,
			0,
			0,
			0,
			4,
			1,
			4
		],
		5
	];
	var BackupSummary$ = [
		3,
		n0,
		_BSa,
		0,
		[
			_TN,
			_TI,
			_TA,
			_BA,
			_BN,
			_BCDT,
			_BEDT,
			_BS,
			_BT,
			_BSB
		],
		[
			0,
			0,
			0,
			0,
			0,
			4,
			4,
			0,
			0,
			1
		]
	];
	var BatchExecuteStatementInput$ = [
		3,
		n0,
		_BESI,
		0,
		[_S, _RCC],
		[() => PartiQLBatchRequest, 0],
		1
	];
	var BatchExecuteStatementOutput$ = [
		3,
		n0,
		_BESO,
		0,
		[_R, _CC],
		[() => PartiQLBatchResponse, () => ConsumedCapacityMultiple]
	];
	var BatchGetItemInput$ = [
		3,
		n0,
		_BGII,
		0,
		[_RI, _RCC],
		[() => BatchGetRequestMap, 0],
		1
	];
	var BatchGetItemOutput$ = [
		3,
		n0,
		_BGIO,
		0,
		[
			_R,
			_UK,
			_CC
		],
		[
			() => BatchGetResponseMap,
			() => BatchGetRequestMap,
			() => ConsumedCapacityMultiple
		]
	];
	var BatchStatementError$ = [
		3,
		n0,
		_BSE,
		0,
		[
			_C,
			_M,
			_I
		],
		[
			0,
			0,
			() => AttributeMap
		]
	];
	var BatchStatementRequest$ = [
		3,
		n0,
		_BSR,
		0,
		[
			_St,
			_P,
			_CRo,
			_RVOCCF
		],
		[
			0,
			() => PreparedStatementParameters,
			2,
			0
		],
		1
	];
	var BatchStatementResponse$ = [
		3,
		n0,
		_BSRa,
		0,
		[
			_E,
			_TN,
			_I
		],
		[
			() => BatchStatementError$,
			0,
			() => AttributeMap
		]
	];
	var BatchWriteItemInput$ = [
		3,
		n0,
		_BWII,
		0,
		[
			_RI,
			_RCC,
			_RICM
		],
		[
			() => BatchWriteItemRequestMap,
			0,
			0
		],
		1
	];
	var BatchWriteItemOutput$ = [
		3,
		n0,
		_BWIO,
		0,
		[
			_UI,
			_ICM,
			_CC
		],
		[
			() => BatchWriteItemRequestMap,
			() => ItemCollectionMetricsPerTable,
			() => ConsumedCapacityMultiple
		]
	];
	var BillingModeSummary$ = [
		3,
		n0,
		_BMS,
		0,
		[_BM, _LUTPPRDT],
		[0, 4]
	];
	var BulkOperationBytes$ = [
		3,
		n0,
		_BOB,
		0,
		[_BPB],
		[1]
	];
	var BulkOperationDescription$ = [
		3,
		n0,
		_BOD,
		0,
		[
			_BOA,
			_BOS,
			_TD,
			_CT,
			_ISC,
			_OSC,
			_ST,
			_ET,
			_PIC,
			_PIB,
			_TIB,
			_BOU,
			_FIC,
			_FC,
			_FM,
			_MWRU,
			_PT
		],
		[
			0,
			0,
			() => BulkOperationTableDetails,
			0,
			() => InputS3Configuration$,
			() => OutputS3Configuration$,
			4,
			4,
			1,
			1,
			1,
			() => BulkOperationUsageMultiple,
			1,
			0,
			0,
			1,
			0
		]
	];
	var BulkOperationSummary$ = [
		3,
		n0,
		_BOSu,
		0,
		[
			_BOA,
			_BOS,
			_ST,
			_ET
		],
		[
			0,
			0,
			4,
			4
		],
		3
	];
	var BulkOperationTableDetail$ = [
		3,
		n0,
		_BOTD,
		0,
		[_TN, _TI],
		[0, 0]
	];
	var BulkOperationUsage$ = [
		3,
		n0,
		_BOU,
		0,
		[
			_TN,
			_BPB,
			_T,
			_LSI,
			_GSI,
			_VI
		],
		[
			0,
			1,
			() => BulkOperationBytes$,
			() => SecondaryIndexesBulkBytesMap,
			() => SecondaryIndexesBulkBytesMap,
			() => VectorIndexesBulkVectorBytesMap
		]
	];
	var BulkOperationVectorBytes$ = [
		3,
		n0,
		_BOVB,
		0,
		[_BPVB],
		[1]
	];
	var CancelBulkOperationInput$ = [
		3,
		n0,
		_CBOI,
		0,
		[_BOA],
		[0],
		1
	];
	var CancelBulkOperationOutput$ = [
		3,
		n0,
		_CBOO,
		0,
		[_BOA, _BOS],
		[0, 0],
		2
	];
	var CancellationReason$ = [
		3,
		n0,
		_CRa,
		0,
		[
			_I,
			_C,
			_M
		],
		[
			() => AttributeMap,
			0,
			0
		]
	];
	var Capacity$ = [
		3,
		n0,
		_Ca,
		0,
		[
			_RCU,
			_WCU,
			_CU
		],
		[
			1,
			1,
			1
		]
	];
	var Condition$ = [
		3,
		n0,
		_Co,
		0,
		[_CO, _AVL],
		[0, () => AttributeValueList],
		1
	];
	var ConditionCheck$ = [
		3,
		n0,
		_CCo,
		0,
		[
			_K,
			_TN,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			() => Key,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		3
	];
	var ConsumedCapacity$ = [
		3,
		n0,
		_CC,
		0,
		[
			_TN,
			_CU,
			_RCU,
			_WCU,
			_T,
			_LSI,
			_GSI,
			_VI
		],
		[
			0,
			1,
			1,
			1,
			() => Capacity$,
			() => SecondaryIndexesCapacityMap,
			() => SecondaryIndexesCapacityMap,
			() => VectorIndexesCapacityMap
		]
	];
	var ContinuousBackupsDescription$ = [
		3,
		n0,
		_CBD,
		0,
		[_CBS, _PITRD],
		[0, () => PointInTimeRecoveryDescription$],
		1
	];
	var ContributorInsightsSummary$ = [
		3,
		n0,
		_CIS,
		0,
		[
			_TN,
			_IN,
			_CISo,
			_CIM
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var CreateBackupInput$ = [
		3,
		n0,
		_CBI,
		0,
		[_TN, _BN],
		[0, 0],
		2
	];
	var CreateBackupOutput$ = [
		3,
		n0,
		_CBO,
		0,
		[_BDa],
		[() => BackupDetails$]
	];
	var CreateGlobalSecondaryIndexAction$ = [
		3,
		n0,
		_CGSIA,
		0,
		[
			_IN,
			_KS,
			_Pr,
			_PTr,
			_ODT,
			_WT
		],
		[
			0,
			() => KeySchema,
			() => Projection$,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$,
			() => WarmThroughput$
		],
		3
	];
	var CreateGlobalTableInput$ = [
		3,
		n0,
		_CGTI,
		0,
		[_GTN, _RG],
		[0, () => ReplicaList],
		2
	];
	var CreateGlobalTableOutput$ = [
		3,
		n0,
		_CGTO,
		0,
		[_GTD],
		[() => GlobalTableDescription$]
	];
	var CreateGlobalTableWitnessGroupMemberAction$ = [
		3,
		n0,
		_CGTWGMA,
		0,
		[_RN],
		[0],
		1
	];
	var CreateReplicaAction$ = [
		3,
		n0,
		_CRA,
		0,
		[_RN],
		[0],
		1
	];
	var CreateReplicationGroupMemberAction$ = [
		3,
		n0,
		_CRGMA,
		0,
		[
			_RN,
			_KMSMKI,
			_PTO,
			_ODTO,
			_GSI,
			_TCO
		],
		[
			0,
			0,
			() => ProvisionedThroughputOverride$,
			() => OnDemandThroughputOverride$,
			() => ReplicaGlobalSecondaryIndexList,
			0
		],
		1
	];
	var CreateTableInput$ = [
		3,
		n0,
		_CTI,
		0,
		[
			_TN,
			_ADt,
			_KS,
			_LSI,
			_GSI,
			_BM,
			_PTr,
			_SS,
			_SSES,
			_Ta,
			_TC,
			_DPE,
			_WT,
			_RP,
			_ODT,
			_GTSA,
			_GTSRM,
			_VI
		],
		[
			0,
			() => AttributeDefinitions,
			() => KeySchema,
			() => LocalSecondaryIndexList,
			() => GlobalSecondaryIndexList,
			0,
			() => ProvisionedThroughput$,
			() => StreamSpecification$,
			() => SSESpecification$,
			() => TagList,
			0,
			2,
			() => WarmThroughput$,
			0,
			() => OnDemandThroughput$,
			0,
			0,
			() => VectorIndexList
		],
		1
	];
	var CreateTableOutput$ = [
		3,
		n0,
		_CTO,
		0,
		[_TDa],
		[() => TableDescription$]
	];
	var CreateVectorIndexAction$ = [
		3,
		n0,
		_CVIA,
		0,
		[
			_IN,
			_VA,
			_Pr,
			_D,
			_DF,
			_SSe
		],
		[
			0,
			() => VectorAttributeDefinition$,
			() => Projection$,
			1,
			0,
			() => SearchSchema
		],
		5
	];
	var CsvOptions$ = [
		3,
		n0,
		_COs,
		0,
		[_De, _HL],
		[0, 64]
	];
	var Delete$ = [
		3,
		n0,
		_Del,
		0,
		[
			_K,
			_TN,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			() => Key,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		2
	];
	var DeleteBackupInput$ = [
		3,
		n0,
		_DBI,
		0,
		[_BA],
		[0],
		1
	];
	var DeleteBackupOutput$ = [
		3,
		n0,
		_DBO,
		0,
		[_BD],
		[() => BackupDescription$]
	];
	var DeleteGlobalSecondaryIndexAction$ = [
		3,
		n0,
		_DGSIA,
		0,
		[_IN],
		[0],
		1
	];
	var DeleteGlobalTableWitnessGroupMemberAction$ = [
		3,
		n0,
		_DGTWGMA,
		0,
		[_RN],
		[0],
		1
	];
	var DeleteItemInput$ = [
		3,
		n0,
		_DII,
		0,
		[
			_TN,
			_K,
			_Ex,
			_COo,
			_RV,
			_RCC,
			_RICM,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			0,
			() => Key,
			() => ExpectedAttributeMap,
			0,
			0,
			0,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		2
	];
	var DeleteItemOutput$ = [
		3,
		n0,
		_DIO,
		0,
		[
			_At,
			_CC,
			_ICM
		],
		[
			() => AttributeMap,
			() => ConsumedCapacity$,
			() => ItemCollectionMetrics$
		]
	];
	var DeleteReplicaAction$ = [
		3,
		n0,
		_DRA,
		0,
		[_RN],
		[0],
		1
	];
	var DeleteReplicationGroupMemberAction$ = [
		3,
		n0,
		_DRGMA,
		0,
		[_RN],
		[0],
		1
	];
	var DeleteRequest$ = [
		3,
		n0,
		_DR,
		0,
		[_K],
		[() => Key],
		1
	];
	var DeleteResourcePolicyInput$ = [
		3,
		n0,
		_DRPI,
		0,
		[_RA, _ERI],
		[0, 0],
		1
	];
	var DeleteResourcePolicyOutput$ = [
		3,
		n0,
		_DRPO,
		0,
		[_RIe],
		[0]
	];
	var DeleteTableInput$ = [
		3,
		n0,
		_DTI,
		0,
		[_TN],
		[0],
		1
	];
	var DeleteTableOutput$ = [
		3,
		n0,
		_DTO,
		0,
		[_TDa],
		[() => TableDescription$]
	];
	var DeleteVectorIndexAction$ = [
		3,
		n0,
		_DVIA,
		0,
		[_IN],
		[0],
		1
	];
	var DescribeBackupInput$ = [
		3,
		n0,
		_DBIe,
		0,
		[_BA],
		[0],
		1
	];
	var DescribeBackupOutput$ = [
		3,
		n0,
		_DBOe,
		0,
		[_BD],
		[() => BackupDescription$]
	];
	var DescribeBulkOperationInput$ = [
		3,
		n0,
		_DBOI,
		0,
		[_BOA],
		[0],
		1
	];
	var DescribeBulkOperationOutput$ = [
		3,
		n0,
		_DBOO,
		0,
		[_BOD],
		[() => BulkOperationDescription$],
		1
	];
	var DescribeContinuousBackupsInput$ = [
		3,
		n0,
		_DCBI,
		0,
		[_TN],
		[0],
		1
	];
	var DescribeContinuousBackupsOutput$ = [
		3,
		n0,
		_DCBO,
		0,
		[_CBD],
		[() => ContinuousBackupsDescription$]
	];
	var DescribeContributorInsightsInput$ = [
		3,
		n0,
		_DCII,
		0,
		[_TN, _IN],
		[0, 0],
		1
	];
	var DescribeContributorInsightsOutput$ = [
		3,
		n0,
		_DCIO,
		0,
		[
			_TN,
			_IN,
			_CIRL,
			_CISo,
			_LUDT,
			_FE,
			_CIM
		],
		[
			0,
			0,
			64,
			0,
			4,
			() => FailureException$,
			0
		]
	];
	var DescribeEndpointsRequest$ = [
		3,
		n0,
		_DER,
		0,
		[],
		[]
	];
	var DescribeEndpointsResponse$ = [
		3,
		n0,
		_DERe,
		0,
		[_En],
		[() => Endpoints],
		1
	];
	var DescribeExportInput$ = [
		3,
		n0,
		_DEI,
		0,
		[_EA],
		[0],
		1
	];
	var DescribeExportOutput$ = [
		3,
		n0,
		_DEO,
		0,
		[_ED],
		[() => ExportDescription$]
	];
	var DescribeGlobalTableInput$ = [
		3,
		n0,
		_DGTI,
		0,
		[_GTN],
		[0],
		1
	];
	var DescribeGlobalTableOutput$ = [
		3,
		n0,
		_DGTO,
		0,
		[_GTD],
		[() => GlobalTableDescription$]
	];
	var DescribeGlobalTableSettingsInput$ = [
		3,
		n0,
		_DGTSI,
		0,
		[_GTN],
		[0],
		1
	];
	var DescribeGlobalTableSettingsOutput$ = [
		3,
		n0,
		_DGTSO,
		0,
		[_GTN, _RS],
		[0, () => ReplicaSettingsDescriptionList]
	];
	var DescribeImportInput$ = [
		3,
		n0,
		_DIIe,
		0,
		[_IA],
		[0],
		1
	];
	var DescribeImportOutput$ = [
		3,
		n0,
		_DIOe,
		0,
		[_ITD],
		[() => ImportTableDescription$],
		1
	];
	var DescribeKinesisStreamingDestinationInput$ = [
		3,
		n0,
		_DKSDI,
		0,
		[_TN],
		[0],
		1
	];
	var DescribeKinesisStreamingDestinationOutput$ = [
		3,
		n0,
		_DKSDO,
		0,
		[_TN, _KDSD],
		[0, () => KinesisDataStreamDestinations]
	];
	var DescribeLimitsInput$ = [
		3,
		n0,
		_DLI,
		0,
		[],
		[]
	];
	var DescribeLimitsOutput$ = [
		3,
		n0,
		_DLO,
		0,
		[
			_AMRCU,
			_AMWCU,
			_TMRCU,
			_TMWCU
		],
		[
			1,
			1,
			1,
			1
		]
	];
	var DescribeTableInput$ = [
		3,
		n0,
		_DTIe,
		0,
		[_TN],
		[0],
		1
	];
	var DescribeTableOutput$ = [
		3,
		n0,
		_DTOe,
		0,
		[_T],
		[() => TableDescription$]
	];
	var DescribeTableReplicaAutoScalingInput$ = [
		3,
		n0,
		_DTRASI,
		0,
		[_TN],
		[0],
		1
	];
	var DescribeTableReplicaAutoScalingOutput$ = [
		3,
		n0,
		_DTRASO,
		0,
		[_TASD],
		[() => TableAutoScalingDescription$]
	];
	var DescribeTimeToLiveInput$ = [
		3,
		n0,
		_DTTLI,
		0,
		[_TN],
		[0],
		1
	];
	var DescribeTimeToLiveOutput$ = [
		3,
		n0,
		_DTTLO,
		0,
		[_TTLD],
		[() => TimeToLiveDescription$]
	];
	var DisassociateReplicationGroupMemberAction$ = [
		3,
		n0,
		_DRGMAi,
		0,
		[_RN, _DM],
		[0, 0],
		2
	];
	var EnableKinesisStreamingConfiguration$ = [
		3,
		n0,
		_EKSC,
		0,
		[_ACDTP],
		[0]
	];
	var Endpoint$ = [
		3,
		n0,
		_End,
		0,
		[_Ad, _CPIM],
		[0, 1],
		2
	];
	var ExecuteStatementInput$ = [
		3,
		n0,
		_ESI,
		0,
		[
			_St,
			_P,
			_CRo,
			_NT,
			_RCC,
			_L,
			_RVOCCF
		],
		[
			0,
			() => PreparedStatementParameters,
			2,
			0,
			0,
			1,
			0
		],
		1
	];
	var ExecuteStatementOutput$ = [
		3,
		n0,
		_ESO,
		0,
		[
			_It,
			_NT,
			_CC,
			_LEK
		],
		[
			() => ItemList,
			0,
			() => ConsumedCapacity$,
			() => Key
		]
	];
	var ExecuteTransactionInput$ = [
		3,
		n0,
		_ETI,
		0,
		[
			_TS,
			_CRT,
			_RCC
		],
		[
			() => ParameterizedStatements,
			[0, 4],
			0
		],
		1
	];
	var ExecuteTransactionOutput$ = [
		3,
		n0,
		_ETO,
		0,
		[_R, _CC],
		[() => ItemResponseList, () => ConsumedCapacityMultiple]
	];
	var ExpectedAttributeValue$ = [
		3,
		n0,
		_EAVx,
		0,
		[
			_V,
			_Exi,
			_CO,
			_AVL
		],
		[
			() => AttributeValue$,
			2,
			0,
			() => AttributeValueList
		]
	];
	var ExportDescription$ = [
		3,
		n0,
		_ED,
		0,
		[
			_EA,
			_ES,
			_ST,
			_ET,
			_EM,
			_TA,
			_TI,
			_ETx,
			_CT,
			_SB,
			_SBO,
			_SPr,
			_SSA,
			_SSKKI,
			_FC,
			_FM,
			_EF,
			_BSBi,
			_IC,
			_ETxp,
			_IES,
			_FS
		],
		[
			0,
			0,
			4,
			4,
			0,
			0,
			0,
			4,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			1,
			1,
			0,
			() => IncrementalExportSpecification$,
			() => FilterSpecification$
		]
	];
	var ExportSummary$ = [
		3,
		n0,
		_ESx,
		0,
		[
			_EA,
			_ES,
			_ETxp
		],
		[
			0,
			0,
			0
		]
	];
	var ExportTableToPointInTimeInput$ = [
		3,
		n0,
		_ETTPITI,
		0,
		[
			_TA,
			_SB,
			_ETx,
			_CT,
			_SBO,
			_SPr,
			_SSA,
			_SSKKI,
			_EF,
			_ETxp,
			_IES,
			_FS
		],
		[
			0,
			0,
			4,
			[0, 4],
			0,
			0,
			0,
			0,
			0,
			0,
			() => IncrementalExportSpecification$,
			() => FilterSpecification$
		],
		2
	];
	var ExportTableToPointInTimeOutput$ = [
		3,
		n0,
		_ETTPITO,
		0,
		[_ED],
		[() => ExportDescription$]
	];
	var FailureException$ = [
		3,
		n0,
		_FE,
		0,
		[_EN, _EDx],
		[0, 0]
	];
	var FilterSpecification$ = [
		3,
		n0,
		_FS,
		0,
		[
			_FEi,
			_PE,
			_KCE,
			_EAN,
			_EAV
		],
		[
			0,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap
		]
	];
	var Get$ = [
		3,
		n0,
		_G,
		0,
		[
			_K,
			_TN,
			_PE,
			_EAN
		],
		[
			() => Key,
			0,
			0,
			128
		],
		2
	];
	var GetItemInput$ = [
		3,
		n0,
		_GII,
		0,
		[
			_TN,
			_K,
			_ATG,
			_CRo,
			_RCC,
			_PE,
			_EAN
		],
		[
			0,
			() => Key,
			64,
			2,
			0,
			0,
			128
		],
		2
	];
	var GetItemOutput$ = [
		3,
		n0,
		_GIO,
		0,
		[_I, _CC],
		[() => AttributeMap, () => ConsumedCapacity$]
	];
	var GetResourcePolicyInput$ = [
		3,
		n0,
		_GRPI,
		0,
		[_RA],
		[0],
		1
	];
	var GetResourcePolicyOutput$ = [
		3,
		n0,
		_GRPO,
		0,
		[_Po, _RIe],
		[0, 0]
	];
	var GlobalSecondaryIndex$ = [
		3,
		n0,
		_GSIl,
		0,
		[
			_IN,
			_KS,
			_Pr,
			_PTr,
			_ODT,
			_WT
		],
		[
			0,
			() => KeySchema,
			() => Projection$,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$,
			() => WarmThroughput$
		],
		3
	];
	var GlobalSecondaryIndexAutoScalingUpdate$ = [
		3,
		n0,
		_GSIASU,
		0,
		[_IN, _PWCASU],
		[0, () => AutoScalingSettingsUpdate$]
	];
	var GlobalSecondaryIndexDescription$ = [
		3,
		n0,
		_GSID,
		0,
		[
			_IN,
			_KS,
			_Pr,
			_IS,
			_B,
			_PTr,
			_ISB,
			_IC,
			_IAn,
			_ODT,
			_WT
		],
		[
			0,
			() => KeySchema,
			() => Projection$,
			0,
			2,
			() => ProvisionedThroughputDescription$,
			1,
			1,
			0,
			() => OnDemandThroughput$,
			() => GlobalSecondaryIndexWarmThroughputDescription$
		]
	];
	var GlobalSecondaryIndexInfo$ = [
		3,
		n0,
		_GSII,
		0,
		[
			_IN,
			_KS,
			_Pr,
			_PTr,
			_ODT
		],
		[
			0,
			() => KeySchema,
			() => Projection$,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$
		]
	];
	var GlobalSecondaryIndexUpdate$ = [
		3,
		n0,
		_GSIU,
		0,
		[
			_U,
			_Cr,
			_Del
		],
		[
			() => UpdateGlobalSecondaryIndexAction$,
			() => CreateGlobalSecondaryIndexAction$,
			() => DeleteGlobalSecondaryIndexAction$
		]
	];
	var GlobalSecondaryIndexWarmThroughputDescription$ = [
		3,
		n0,
		_GSIWTD,
		0,
		[
			_RUPS,
			_WUPS,
			_Sta
		],
		[
			1,
			1,
			0
		]
	];
	var GlobalTable$ = [
		3,
		n0,
		_GT,
		0,
		[_GTN, _RG],
		[0, () => ReplicaList]
	];
	var GlobalTableDescription$ = [
		3,
		n0,
		_GTD,
		0,
		[
			_RG,
			_GTA,
			_CDT,
			_GTS,
			_GTN
		],
		[
			() => ReplicaDescriptionList,
			0,
			4,
			0,
			0
		]
	];
	var GlobalTableGlobalSecondaryIndexSettingsUpdate$ = [
		3,
		n0,
		_GTGSISU,
		0,
		[
			_IN,
			_PWCU,
			_PWCASSU
		],
		[
			0,
			1,
			() => AutoScalingSettingsUpdate$
		],
		1
	];
	var GlobalTableWitnessDescription$ = [
		3,
		n0,
		_GTWD,
		0,
		[_RN, _WS],
		[0, 0]
	];
	var GlobalTableWitnessGroupUpdate$ = [
		3,
		n0,
		_GTWGU,
		0,
		[_Cr, _Del],
		[() => CreateGlobalTableWitnessGroupMemberAction$, () => DeleteGlobalTableWitnessGroupMemberAction$]
	];
	var ImportSummary$ = [
		3,
		n0,
		_ISm,
		0,
		[
			_IA,
			_ISmp,
			_TA,
			_SBS,
			_CWLGA,
			_IF,
			_ST,
			_ET
		],
		[
			0,
			0,
			0,
			() => S3BucketSource$,
			0,
			0,
			4,
			4
		]
	];
	var ImportTableDescription$ = [
		3,
		n0,
		_ITD,
		0,
		[
			_IA,
			_ISmp,
			_TA,
			_TI,
			_CT,
			_SBS,
			_EC,
			_CWLGA,
			_IF,
			_IFO,
			_ICT,
			_TCP,
			_ST,
			_ET,
			_PSB,
			_PIC,
			_IIC,
			_FC,
			_FM
		],
		[
			0,
			0,
			0,
			0,
			0,
			() => S3BucketSource$,
			1,
			0,
			0,
			() => InputFormatOptions$,
			0,
			() => TableCreationParameters$,
			4,
			4,
			1,
			1,
			1,
			0,
			0
		]
	];
	var ImportTableInput$ = [
		3,
		n0,
		_ITI,
		0,
		[
			_SBS,
			_IF,
			_TCP,
			_CT,
			_IFO,
			_ICT
		],
		[
			() => S3BucketSource$,
			0,
			() => TableCreationParameters$,
			[0, 4],
			() => InputFormatOptions$,
			0
		],
		3
	];
	var ImportTableOutput$ = [
		3,
		n0,
		_ITO,
		0,
		[_ITD],
		[() => ImportTableDescription$],
		1
	];
	var IncrementalExportSpecification$ = [
		3,
		n0,
		_IES,
		0,
		[
			_EFT,
			_ETT,
			_EVT
		],
		[
			4,
			4,
			0
		]
	];
	var InputFormatOptions$ = [
		3,
		n0,
		_IFO,
		0,
		[_Cs],
		[() => CsvOptions$]
	];
	var InputS3Configuration$ = [
		3,
		n0,
		_ISC,
		0,
		[
			_SB,
			_IF,
			_SBO,
			_SKP,
			_ICT
		],
		[
			0,
			0,
			0,
			0,
			0
		],
		2
	];
	var ItemCollectionMetrics$ = [
		3,
		n0,
		_ICM,
		0,
		[_ICK, _SERGB],
		[() => ItemCollectionKeyAttributeMap, 65]
	];
	var ItemResponse$ = [
		3,
		n0,
		_IR,
		0,
		[_I],
		[() => AttributeMap]
	];
	var KeysAndAttributes$ = [
		3,
		n0,
		_KAA,
		0,
		[
			_Ke,
			_ATG,
			_CRo,
			_PE,
			_EAN
		],
		[
			() => KeyList,
			64,
			2,
			0,
			128
		],
		1
	];
	var KeySchemaElement$ = [
		3,
		n0,
		_KSE,
		0,
		[_AN, _KT],
		[0, 0],
		2
	];
	var KinesisDataStreamDestination$ = [
		3,
		n0,
		_KDSDi,
		0,
		[
			_SA,
			_DS,
			_DSD,
			_ACDTP
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var KinesisStreamingDestinationInput$ = [
		3,
		n0,
		_KSDI,
		0,
		[
			_TN,
			_SA,
			_EKSC
		],
		[
			0,
			0,
			() => EnableKinesisStreamingConfiguration$
		],
		2
	];
	var KinesisStreamingDestinationOutput$ = [
		3,
		n0,
		_KSDO,
		0,
		[
			_TN,
			_SA,
			_DS,
			_EKSC
		],
		[
			0,
			0,
			0,
			() => EnableKinesisStreamingConfiguration$
		]
	];
	var ListBackupsInput$ = [
		3,
		n0,
		_LBI,
		0,
		[
			_TN,
			_L,
			_TRLB,
			_TRUB,
			_ESBA,
			_BT
		],
		[
			0,
			1,
			4,
			4,
			0,
			0
		]
	];
	var ListBackupsOutput$ = [
		3,
		n0,
		_LBO,
		0,
		[_BSac, _LEBA],
		[() => BackupSummaries, 0]
	];
	var ListBulkOperationsInput$ = [
		3,
		n0,
		_LBOI,
		0,
		[_MR, _NT],
		[1, 0]
	];
	var ListBulkOperationsOutput$ = [
		3,
		n0,
		_LBOO,
		0,
		[_BOSL, _NT],
		[() => BulkOperationsSummaryList, 0]
	];
	var ListContributorInsightsInput$ = [
		3,
		n0,
		_LCII,
		0,
		[
			_TN,
			_NT,
			_MR
		],
		[
			0,
			0,
			1
		]
	];
	var ListContributorInsightsOutput$ = [
		3,
		n0,
		_LCIO,
		0,
		[_CISon, _NT],
		[() => ContributorInsightsSummaries, 0]
	];
	var ListExportsInput$ = [
		3,
		n0,
		_LEI,
		0,
		[
			_TA,
			_MR,
			_NT
		],
		[
			0,
			1,
			0
		]
	];
	var ListExportsOutput$ = [
		3,
		n0,
		_LEO,
		0,
		[_ESxp, _NT],
		[() => ExportSummaries, 0]
	];
	var ListGlobalTablesInput$ = [
		3,
		n0,
		_LGTI,
		0,
		[
			_ESGTN,
			_L,
			_RN
		],
		[
			0,
			1,
			0
		]
	];
	var ListGlobalTablesOutput$ = [
		3,
		n0,
		_LGTO,
		0,
		[_GTl, _LEGTN],
		[() => GlobalTableList, 0]
	];
	var ListImportsInput$ = [
		3,
		n0,
		_LII,
		0,
		[
			_TA,
			_PS,
			_NT
		],
		[
			0,
			1,
			0
		]
	];
	var ListImportsOutput$ = [
		3,
		n0,
		_LIO,
		0,
		[_ISL, _NT],
		[() => ImportSummaryList, 0]
	];
	var ListTablesInput$ = [
		3,
		n0,
		_LTI,
		0,
		[_ESTN, _L],
		[0, 1]
	];
	var ListTablesOutput$ = [
		3,
		n0,
		_LTO,
		0,
		[_TNa, _LETN],
		[64, 0]
	];
	var ListTagsOfResourceInput$ = [
		3,
		n0,
		_LTORI,
		0,
		[_RA, _NT],
		[0, 0],
		1
	];
	var ListTagsOfResourceOutput$ = [
		3,
		n0,
		_LTORO,
		0,
		[_Ta, _NT],
		[() => TagList, 0]
	];
	var LocalSecondaryIndex$ = [
		3,
		n0,
		_LSIo,
		0,
		[
			_IN,
			_KS,
			_Pr
		],
		[
			0,
			() => KeySchema,
			() => Projection$
		],
		3
	];
	var LocalSecondaryIndexDescription$ = [
		3,
		n0,
		_LSID,
		0,
		[
			_IN,
			_KS,
			_Pr,
			_ISB,
			_IC,
			_IAn
		],
		[
			0,
			() => KeySchema,
			() => Projection$,
			1,
			1,
			0
		]
	];
	var LocalSecondaryIndexInfo$ = [
		3,
		n0,
		_LSII,
		0,
		[
			_IN,
			_KS,
			_Pr
		],
		[
			0,
			() => KeySchema,
			() => Projection$
		]
	];
	var OnDemandThroughput$ = [
		3,
		n0,
		_ODT,
		0,
		[_MRRU, _MWRU],
		[1, 1]
	];
	var OnDemandThroughputOverride$ = [
		3,
		n0,
		_ODTO,
		0,
		[_MRRU],
		[1]
	];
	var OutputS3Configuration$ = [
		3,
		n0,
		_OSC,
		0,
		[
			_OT,
			_SBO,
			_SB,
			_SKP,
			_SSA,
			_SSKKI
		],
		[
			64,
			0,
			0,
			0,
			0,
			0
		],
		1
	];
	var ParameterizedStatement$ = [
		3,
		n0,
		_PSa,
		0,
		[
			_St,
			_P,
			_RVOCCF
		],
		[
			0,
			() => PreparedStatementParameters,
			0
		],
		1
	];
	var PointInTimeRecoveryDescription$ = [
		3,
		n0,
		_PITRD,
		0,
		[
			_PITRS,
			_RPID,
			_ERDT,
			_LRDT
		],
		[
			0,
			1,
			4,
			4
		]
	];
	var PointInTimeRecoverySpecification$ = [
		3,
		n0,
		_PITRSo,
		0,
		[_PITRE, _RPID],
		[2, 1],
		1
	];
	var Projection$ = [
		3,
		n0,
		_Pr,
		0,
		[_PTro, _NKA],
		[0, 64]
	];
	var ProvisionedThroughput$ = [
		3,
		n0,
		_PTr,
		0,
		[_RCU, _WCU],
		[1, 1],
		2
	];
	var ProvisionedThroughputDescription$ = [
		3,
		n0,
		_PTD,
		0,
		[
			_LIDT,
			_LDDT,
			_NODT,
			_RCU,
			_WCU
		],
		[
			4,
			4,
			1,
			1,
			1
		]
	];
	var ProvisionedThroughputOverride$ = [
		3,
		n0,
		_PTO,
		0,
		[_RCU],
		[1]
	];
	var Put$ = [
		3,
		n0,
		_Pu,
		0,
		[
			_I,
			_TN,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			() => PutItemInputAttributeMap,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		2
	];
	var PutItemInput$ = [
		3,
		n0,
		_PII,
		0,
		[
			_TN,
			_I,
			_Ex,
			_RV,
			_RCC,
			_RICM,
			_COo,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			0,
			() => PutItemInputAttributeMap,
			() => ExpectedAttributeMap,
			0,
			0,
			0,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		2
	];
	var PutItemOutput$ = [
		3,
		n0,
		_PIO,
		0,
		[
			_At,
			_CC,
			_ICM
		],
		[
			() => AttributeMap,
			() => ConsumedCapacity$,
			() => ItemCollectionMetrics$
		]
	];
	var PutRequest$ = [
		3,
		n0,
		_PR,
		0,
		[_I],
		[() => PutItemInputAttributeMap],
		1
	];
	var PutResourcePolicyInput$ = [
		3,
		n0,
		_PRPI,
		0,
		[
			_RA,
			_Po,
			_ERI,
			_CRSRA
		],
		[
			0,
			0,
			0,
			[2, { [_hH]: _xacrsra }]
		],
		2
	];
	var PutResourcePolicyOutput$ = [
		3,
		n0,
		_PRPO,
		0,
		[_RIe],
		[0]
	];
	var QueryInput$ = [
		3,
		n0,
		_QI,
		0,
		[
			_TN,
			_IN,
			_Se,
			_ATG,
			_L,
			_CRo,
			_KC,
			_QF,
			_COo,
			_SIF,
			_ESK,
			_RCC,
			_PE,
			_FEi,
			_KCE,
			_EAN,
			_EAV
		],
		[
			0,
			0,
			0,
			64,
			1,
			2,
			() => KeyConditions,
			() => FilterConditionMap,
			0,
			2,
			() => Key,
			0,
			0,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap
		],
		1
	];
	var QueryOutput$ = [
		3,
		n0,
		_QO,
		0,
		[
			_It,
			_Cou,
			_SC,
			_LEK,
			_CC
		],
		[
			() => ItemList,
			1,
			1,
			() => Key,
			() => ConsumedCapacity$
		]
	];
	var Replica$ = [
		3,
		n0,
		_Re,
		0,
		[_RN],
		[0]
	];
	var ReplicaAutoScalingDescription$ = [
		3,
		n0,
		_RASD,
		0,
		[
			_RN,
			_GSI,
			_RPRCASS,
			_RPWCASS,
			_RSe
		],
		[
			0,
			() => ReplicaGlobalSecondaryIndexAutoScalingDescriptionList,
			() => AutoScalingSettingsDescription$,
			() => AutoScalingSettingsDescription$,
			0
		]
	];
	var ReplicaAutoScalingUpdate$ = [
		3,
		n0,
		_RASU,
		0,
		[
			_RN,
			_RGSIU,
			_RPRCASU
		],
		[
			0,
			() => ReplicaGlobalSecondaryIndexAutoScalingUpdateList,
			() => AutoScalingSettingsUpdate$
		],
		1
	];
	var ReplicaDescription$ = [
		3,
		n0,
		_RD,
		0,
		[
			_RN,
			_RSe,
			_RAe,
			_RSD,
			_RSPP,
			_KMSMKI,
			_PTO,
			_ODTO,
			_WT,
			_GSI,
			_RIDT,
			_RTCS,
			_GTSRM
		],
		[
			0,
			0,
			0,
			0,
			0,
			0,
			() => ProvisionedThroughputOverride$,
			() => OnDemandThroughputOverride$,
			() => TableWarmThroughputDescription$,
			() => ReplicaGlobalSecondaryIndexDescriptionList,
			4,
			() => TableClassSummary$,
			0
		]
	];
	var ReplicaGlobalSecondaryIndex$ = [
		3,
		n0,
		_RGSI,
		0,
		[
			_IN,
			_PTO,
			_ODTO
		],
		[
			0,
			() => ProvisionedThroughputOverride$,
			() => OnDemandThroughputOverride$
		],
		1
	];
	var ReplicaGlobalSecondaryIndexAutoScalingDescription$ = [
		3,
		n0,
		_RGSIASD,
		0,
		[
			_IN,
			_IS,
			_PRCASS,
			_PWCASS
		],
		[
			0,
			0,
			() => AutoScalingSettingsDescription$,
			() => AutoScalingSettingsDescription$
		]
	];
	var ReplicaGlobalSecondaryIndexAutoScalingUpdate$ = [
		3,
		n0,
		_RGSIASU,
		0,
		[_IN, _PRCASU],
		[0, () => AutoScalingSettingsUpdate$]
	];
	var ReplicaGlobalSecondaryIndexDescription$ = [
		3,
		n0,
		_RGSID,
		0,
		[
			_IN,
			_PTO,
			_ODTO,
			_WT
		],
		[
			0,
			() => ProvisionedThroughputOverride$,
			() => OnDemandThroughputOverride$,
			() => GlobalSecondaryIndexWarmThroughputDescription$
		]
	];
	var ReplicaGlobalSecondaryIndexSettingsDescription$ = [
		3,
		n0,
		_RGSISD,
		0,
		[
			_IN,
			_IS,
			_PRCU,
			_PRCASS,
			_PWCU,
			_PWCASS
		],
		[
			0,
			0,
			1,
			() => AutoScalingSettingsDescription$,
			1,
			() => AutoScalingSettingsDescription$
		],
		1
	];
	var ReplicaGlobalSecondaryIndexSettingsUpdate$ = [
		3,
		n0,
		_RGSISU,
		0,
		[
			_IN,
			_PRCU,
			_PRCASSU
		],
		[
			0,
			1,
			() => AutoScalingSettingsUpdate$
		],
		1
	];
	var ReplicaSettingsDescription$ = [
		3,
		n0,
		_RSDe,
		0,
		[
			_RN,
			_RSe,
			_RBMS,
			_RPRCU,
			_RPRCASS,
			_RPWCU,
			_RPWCASS,
			_RGSIS,
			_RTCS
		],
		[
			0,
			0,
			() => BillingModeSummary$,
			1,
			() => AutoScalingSettingsDescription$,
			1,
			() => AutoScalingSettingsDescription$,
			() => ReplicaGlobalSecondaryIndexSettingsDescriptionList,
			() => TableClassSummary$
		],
		1
	];
	var ReplicaSettingsUpdate$ = [
		3,
		n0,
		_RSU,
		0,
		[
			_RN,
			_RPRCU,
			_RPRCASSU,
			_RGSISU,
			_RTC
		],
		[
			0,
			1,
			() => AutoScalingSettingsUpdate$,
			() => ReplicaGlobalSecondaryIndexSettingsUpdateList,
			0
		],
		1
	];
	var ReplicationGroupUpdate$ = [
		3,
		n0,
		_RGU,
		0,
		[
			_Cr,
			_U,
			_Del,
			_Di
		],
		[
			() => CreateReplicationGroupMemberAction$,
			() => UpdateReplicationGroupMemberAction$,
			() => DeleteReplicationGroupMemberAction$,
			() => DisassociateReplicationGroupMemberAction$
		]
	];
	var ReplicaUpdate$ = [
		3,
		n0,
		_RU,
		0,
		[_Cr, _Del],
		[() => CreateReplicaAction$, () => DeleteReplicaAction$]
	];
	var RestoreSummary$ = [
		3,
		n0,
		_RSes,
		0,
		[
			_RDT,
			_RIP,
			_SBA,
			_STA
		],
		[
			4,
			2,
			0,
			0
		],
		2
	];
	var RestoreTableFromBackupInput$ = [
		3,
		n0,
		_RTFBI,
		0,
		[
			_TTN,
			_BA,
			_BMO,
			_GSIO,
			_LSIO,
			_PTO,
			_ODTO,
			_SSESO,
			_VIO
		],
		[
			0,
			0,
			0,
			() => GlobalSecondaryIndexList,
			() => LocalSecondaryIndexList,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$,
			() => SSESpecification$,
			() => VectorIndexList
		],
		2
	];
	var RestoreTableFromBackupOutput$ = [
		3,
		n0,
		_RTFBO,
		0,
		[_TDa],
		[() => TableDescription$]
	];
	var RestoreTableToPointInTimeInput$ = [
		3,
		n0,
		_RTTPITI,
		0,
		[
			_TTN,
			_STA,
			_STN,
			_ULRT,
			_RDT,
			_BMO,
			_GSIO,
			_LSIO,
			_PTO,
			_ODTO,
			_SSESO,
			_VIO
		],
		[
			0,
			0,
			0,
			2,
			4,
			0,
			() => GlobalSecondaryIndexList,
			() => LocalSecondaryIndexList,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$,
			() => SSESpecification$,
			() => VectorIndexList
		],
		1
	];
	var RestoreTableToPointInTimeOutput$ = [
		3,
		n0,
		_RTTPITO,
		0,
		[_TDa],
		[() => TableDescription$]
	];
	var S3BucketSource$ = [
		3,
		n0,
		_SBS,
		0,
		[
			_SB,
			_SBO,
			_SKP
		],
		[
			0,
			0,
			0
		],
		1
	];
	var ScanInput$ = [
		3,
		n0,
		_SI,
		0,
		[
			_TN,
			_IN,
			_ATG,
			_L,
			_Se,
			_SF,
			_COo,
			_ESK,
			_RCC,
			_TSo,
			_Seg,
			_PE,
			_FEi,
			_EAN,
			_EAV,
			_CRo
		],
		[
			0,
			0,
			64,
			1,
			0,
			() => FilterConditionMap,
			0,
			() => Key,
			0,
			1,
			1,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			2
		],
		1
	];
	var ScanOutput$ = [
		3,
		n0,
		_SO,
		0,
		[
			_It,
			_Cou,
			_SC,
			_LEK,
			_CC
		],
		[
			() => ItemList,
			1,
			1,
			() => Key,
			() => ConsumedCapacity$
		]
	];
	var SearchResultItem$ = [
		3,
		n0,
		_SRI,
		0,
		[_I, _Sc],
		[() => AttributeMap, 1]
	];
	var SearchSchemaElement$ = [
		3,
		n0,
		_SSE,
		0,
		[_AN, _SSET],
		[0, 0],
		2
	];
	var SearchVectorsInput$ = [
		3,
		n0,
		_SVI,
		0,
		[
			_TN,
			_IN,
			_SV,
			_TK,
			_RCC,
			_EAN,
			_EAV,
			_PE,
			_SCE
		],
		[
			0,
			0,
			() => SearchVectorList,
			1,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0,
			0
		],
		4
	];
	var SearchVectorsOutput$ = [
		3,
		n0,
		_SVO,
		0,
		[_CC, _SR],
		[() => VectorCapacity$, () => SearchResultList]
	];
	var SourceTableDetails$ = [
		3,
		n0,
		_STD,
		0,
		[
			_TN,
			_TI,
			_KS,
			_TCDT,
			_PTr,
			_TA,
			_TSB,
			_ODT,
			_IC,
			_BM
		],
		[
			0,
			0,
			() => KeySchema,
			4,
			() => ProvisionedThroughput$,
			0,
			1,
			() => OnDemandThroughput$,
			1,
			0
		],
		5
	];
	var SourceTableFeatureDetails$ = [
		3,
		n0,
		_STFD,
		0,
		[
			_LSI,
			_GSI,
			_SD,
			_TTLD,
			_SSED,
			_VI
		],
		[
			() => LocalSecondaryIndexes,
			() => GlobalSecondaryIndexes,
			() => StreamSpecification$,
			() => TimeToLiveDescription$,
			() => SSEDescription$,
			() => VectorIndexes
		]
	];
	var SSEDescription$ = [
		3,
		n0,
		_SSED,
		0,
		[
			_Sta,
			_SSETy,
			_KMSMKA,
			_IEDT
		],
		[
			0,
			0,
			0,
			4
		]
	];
	var SSESpecification$ = [
		3,
		n0,
		_SSES,
		0,
		[
			_Ena,
			_SSETy,
			_KMSMKI
		],
		[
			2,
			0,
			0
		]
	];
	var StartBulkPutItemsInput$ = [
		3,
		n0,
		_SBPII,
		0,
		[
			_ISC,
			_OSC,
			_TN,
			_CT,
			_MWRU,
			_PT
		],
		[
			() => InputS3Configuration$,
			() => OutputS3Configuration$,
			0,
			[0, 4],
			1,
			0
		],
		3
	];
	var StartBulkPutItemsOutput$ = [
		3,
		n0,
		_SBPIO,
		0,
		[_BOD],
		[() => BulkOperationDescription$],
		1
	];
	var StreamSpecification$ = [
		3,
		n0,
		_SS,
		0,
		[_SE, _SVT],
		[2, 0],
		1
	];
	var TableAutoScalingDescription$ = [
		3,
		n0,
		_TASD,
		0,
		[
			_TN,
			_TSa,
			_Rep
		],
		[
			0,
			0,
			() => ReplicaAutoScalingDescriptionList
		]
	];
	var TableClassSummary$ = [
		3,
		n0,
		_TCS,
		0,
		[_TC, _LUDT],
		[0, 4]
	];
	var TableCreationParameters$ = [
		3,
		n0,
		_TCP,
		0,
		[
			_TN,
			_ADt,
			_KS,
			_BM,
			_PTr,
			_ODT,
			_SSES,
			_GSI,
			_VI
		],
		[
			0,
			() => AttributeDefinitions,
			() => KeySchema,
			0,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$,
			() => SSESpecification$,
			() => GlobalSecondaryIndexList,
			() => VectorIndexList
		],
		3
	];
	var TableDescription$ = [
		3,
		n0,
		_TDa,
		0,
		[
			_ADt,
			_TN,
			_KS,
			_TSa,
			_CDT,
			_PTr,
			_TSB,
			_IC,
			_TA,
			_TI,
			_BMS,
			_LSI,
			_GSI,
			_SS,
			_LSL,
			_LSA,
			_GTV,
			_Rep,
			_GTW,
			_GTSRM,
			_RSes,
			_SSED,
			_AS,
			_TCS,
			_DPE,
			_DPEi,
			_ODT,
			_WT,
			_MRC,
			_VI
		],
		[
			() => AttributeDefinitions,
			0,
			() => KeySchema,
			0,
			4,
			() => ProvisionedThroughputDescription$,
			1,
			1,
			0,
			0,
			() => BillingModeSummary$,
			() => LocalSecondaryIndexDescriptionList,
			() => GlobalSecondaryIndexDescriptionList,
			() => StreamSpecification$,
			0,
			0,
			0,
			() => ReplicaDescriptionList,
			() => GlobalTableWitnessDescriptionList,
			0,
			() => RestoreSummary$,
			() => SSEDescription$,
			() => ArchivalSummary$,
			() => TableClassSummary$,
			2,
			2,
			() => OnDemandThroughput$,
			() => TableWarmThroughputDescription$,
			0,
			() => VectorIndexDescriptionList
		]
	];
	var TableWarmThroughputDescription$ = [
		3,
		n0,
		_TWTD,
		0,
		[
			_RUPS,
			_WUPS,
			_Sta
		],
		[
			1,
			1,
			0
		]
	];
	var Tag$ = [
		3,
		n0,
		_Tag,
		0,
		[_K, _V],
		[0, 0],
		2
	];
	var TagResourceInput$ = [
		3,
		n0,
		_TRI,
		0,
		[_RA, _Ta],
		[0, () => TagList],
		2
	];
	var ThrottlingReason$ = [
		3,
		n0,
		_TRh,
		0,
		[_r, _re],
		[0, 0]
	];
	var TimeToLiveDescription$ = [
		3,
		n0,
		_TTLD,
		0,
		[_TTLS, _AN],
		[0, 0]
	];
	var TimeToLiveSpecification$ = [
		3,
		n0,
		_TTLSi,
		0,
		[_Ena, _AN],
		[2, 0],
		2
	];
	var TransactGetItem$ = [
		3,
		n0,
		_TGI,
		0,
		[_G],
		[() => Get$],
		1
	];
	var TransactGetItemsInput$ = [
		3,
		n0,
		_TGII,
		0,
		[_TIr, _RCC],
		[() => TransactGetItemList, 0],
		1
	];
	var TransactGetItemsOutput$ = [
		3,
		n0,
		_TGIO,
		0,
		[_CC, _R],
		[() => ConsumedCapacityMultiple, () => ItemResponseList]
	];
	var TransactWriteItem$ = [
		3,
		n0,
		_TWI,
		0,
		[
			_CCo,
			_Pu,
			_Del,
			_U
		],
		[
			() => ConditionCheck$,
			() => Put$,
			() => Delete$,
			() => Update$
		]
	];
	var TransactWriteItemsInput$ = [
		3,
		n0,
		_TWII,
		0,
		[
			_TIr,
			_RCC,
			_RICM,
			_CRT
		],
		[
			() => TransactWriteItemList,
			0,
			0,
			[0, 4]
		],
		1
	];
	var TransactWriteItemsOutput$ = [
		3,
		n0,
		_TWIO,
		0,
		[_CC, _ICM],
		[() => ConsumedCapacityMultiple, () => ItemCollectionMetricsPerTable]
	];
	var UntagResourceInput$ = [
		3,
		n0,
		_URI,
		0,
		[_RA, _TKa],
		[0, 64],
		2
	];
	var Update$ = [
		3,
		n0,
		_U,
		0,
		[
			_K,
			_UE,
			_TN,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			() => Key,
			0,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		3
	];
	var UpdateContinuousBackupsInput$ = [
		3,
		n0,
		_UCBI,
		0,
		[_TN, _PITRSo],
		[0, () => PointInTimeRecoverySpecification$],
		2
	];
	var UpdateContinuousBackupsOutput$ = [
		3,
		n0,
		_UCBO,
		0,
		[_CBD],
		[() => ContinuousBackupsDescription$]
	];
	var UpdateContributorInsightsInput$ = [
		3,
		n0,
		_UCII,
		0,
		[
			_TN,
			_CIA,
			_IN,
			_CIM
		],
		[
			0,
			0,
			0,
			0
		],
		2
	];
	var UpdateContributorInsightsOutput$ = [
		3,
		n0,
		_UCIO,
		0,
		[
			_TN,
			_IN,
			_CISo,
			_CIM
		],
		[
			0,
			0,
			0,
			0
		]
	];
	var UpdateGlobalSecondaryIndexAction$ = [
		3,
		n0,
		_UGSIA,
		0,
		[
			_IN,
			_PTr,
			_ODT,
			_WT
		],
		[
			0,
			() => ProvisionedThroughput$,
			() => OnDemandThroughput$,
			() => WarmThroughput$
		],
		1
	];
	var UpdateGlobalTableInput$ = [
		3,
		n0,
		_UGTI,
		0,
		[_GTN, _RUe],
		[0, () => ReplicaUpdateList],
		2
	];
	var UpdateGlobalTableOutput$ = [
		3,
		n0,
		_UGTO,
		0,
		[_GTD],
		[() => GlobalTableDescription$]
	];
	var UpdateGlobalTableSettingsInput$ = [
		3,
		n0,
		_UGTSI,
		0,
		[
			_GTN,
			_GTBM,
			_GTPWCU,
			_GTPWCASSU,
			_GTGSISU,
			_RSU
		],
		[
			0,
			0,
			1,
			() => AutoScalingSettingsUpdate$,
			() => GlobalTableGlobalSecondaryIndexSettingsUpdateList,
			() => ReplicaSettingsUpdateList
		],
		1
	];
	var UpdateGlobalTableSettingsOutput$ = [
		3,
		n0,
		_UGTSO,
		0,
		[_GTN, _RS],
		[0, () => ReplicaSettingsDescriptionList]
	];
	var UpdateItemInput$ = [
		3,
		n0,
		_UII,
		0,
		[
			_TN,
			_K,
			_AU,
			_Ex,
			_COo,
			_RV,
			_RCC,
			_RICM,
			_UE,
			_CE,
			_EAN,
			_EAV,
			_RVOCCF
		],
		[
			0,
			() => Key,
			() => AttributeUpdates,
			() => ExpectedAttributeMap,
			0,
			0,
			0,
			0,
			0,
			0,
			128,
			() => ExpressionAttributeValueMap,
			0
		],
		2
	];
	var UpdateItemOutput$ = [
		3,
		n0,
		_UIO,
		0,
		[
			_At,
			_CC,
			_ICM
		],
		[
			() => AttributeMap,
			() => ConsumedCapacity$,
			() => ItemCollectionMetrics$
		]
	];
	var UpdateKinesisStreamingConfiguration$ = [
		3,
		n0,
		_UKSC,
		0,
		[_ACDTP],
		[0]
	];
	var UpdateKinesisStreamingDestinationInput$ = [
		3,
		n0,
		_UKSDI,
		0,
		[
			_TN,
			_SA,
			_UKSC
		],
		[
			0,
			0,
			() => UpdateKinesisStreamingConfiguration$
		],
		2
	];
	var UpdateKinesisStreamingDestinationOutput$ = [
		3,
		n0,
		_UKSDO,
		0,
		[
			_TN,
			_SA,
			_DS,
			_UKSC
		],
		[
			0,
			0,
			0,
			() => UpdateKinesisStreamingConfiguration$
		]
	];
	var UpdateReplicationGroupMemberAction$ = [
		3,
		n0,
		_URGMA,
		0,
		[
			_RN,
			_KMSMKI,
			_PTO,
			_ODTO,
			_GSI,
			_TCO
		],
		[
			0,
			0,
			() => ProvisionedThroughputOverride$,
			() => OnDemandThroughputOverride$,
			() => ReplicaGlobalSecondaryIndexList,
			0
		],
		1
	];
	var UpdateTableInput$ = [
		3,
		n0,
		_UTI,
		0,
		[
			_TN,
			_ADt,
			_BM,
			_PTr,
			_GSIUl,
			_SS,
			_SSES,
			_RUe,
			_TC,
			_DPE,
			_MRC,
			_GTWU,
			_ODT,
			_WT,
			_GTSRM,
			_DPEi,
			_VIU
		],
		[
			0,
			() => AttributeDefinitions,
			0,
			() => ProvisionedThroughput$,
			() => GlobalSecondaryIndexUpdateList,
			() => StreamSpecification$,
			() => SSESpecification$,
			() => ReplicationGroupUpdateList,
			0,
			2,
			0,
			() => GlobalTableWitnessGroupUpdateList,
			() => OnDemandThroughput$,
			() => WarmThroughput$,
			0,
			2,
			() => VectorIndexUpdateList
		],
		1
	];
	var UpdateTableOutput$ = [
		3,
		n0,
		_UTO,
		0,
		[_TDa],
		[() => TableDescription$]
	];
	var UpdateTableReplicaAutoScalingInput$ = [
		3,
		n0,
		_UTRASI,
		0,
		[
			_TN,
			_GSIUl,
			_PWCASU,
			_RUe
		],
		[
			0,
			() => GlobalSecondaryIndexAutoScalingUpdateList,
			() => AutoScalingSettingsUpdate$,
			() => ReplicaAutoScalingUpdateList
		],
		1
	];
	var UpdateTableReplicaAutoScalingOutput$ = [
		3,
		n0,
		_UTRASO,
		0,
		[_TASD],
		[() => TableAutoScalingDescription$]
	];
	var UpdateTimeToLiveInput$ = [
		3,
		n0,
		_UTTLI,
		0,
		[_TN, _TTLSi],
		[0, () => TimeToLiveSpecification$],
		2
	];
	var UpdateTimeToLiveOutput$ = [
		3,
		n0,
		_UTTLO,
		0,
		[_TTLSi],
		[() => TimeToLiveSpecification$]
	];
	var VectorAttributeDefinition$ = [
		3,
		n0,
		_VAD,
		0,
		[_AN],
		[0],
		1
	];
	var VectorCapacity$ = [
		3,
		n0,
		_VC,
		0,
		[_VSRB, _VWRB],
		[1, 1]
	];
	var VectorIndex$ = [
		3,
		n0,
		_VIe,
		0,
		[
			_IN,
			_VA,
			_Pr,
			_D,
			_DF,
			_SSe
		],
		[
			0,
			() => VectorAttributeDefinition$,
			() => Projection$,
			1,
			0,
			() => SearchSchema
		],
		5
	];
	var VectorIndexDescription$ = [
		3,
		n0,
		_VID,
		0,
		[
			_IN,
			_SSe,
			_Pr,
			_VA,
			_D,
			_DF,
			_IS,
			_B,
			_ISB,
			_IC,
			_IAn
		],
		[
			0,
			() => SearchSchema,
			() => Projection$,
			() => VectorAttributeDefinition$,
			1,
			0,
			0,
			2,
			1,
			1,
			0
		]
	];
	var VectorIndexInfo$ = [
		3,
		n0,
		_VII,
		0,
		[
			_IN,
			_VA,
			_SSe,
			_Pr,
			_D,
			_DF
		],
		[
			0,
			() => VectorAttributeDefinition$,
			() => SearchSchema,
			() => Projection$,
			1,
			0
		]
	];
	var VectorIndexUpdate$ = [
		3,
		n0,
		_VIUe,
		0,
		[_Cr, _Del],
		[() => CreateVectorIndexAction$, () => DeleteVectorIndexAction$]
	];
	var WarmThroughput$ = [
		3,
		n0,
		_WT,
		0,
		[_RUPS, _WUPS],
		[1, 1]
	];
	var WriteRequest$ = [
		3,
		n0,
		_WR,
		0,
		[_PR, _DR],
		[() => PutRequest$, () => DeleteRequest$]
	];
	var __Unit = "unit";
	var AttributeDefinitions = [
		1,
		n0,
		_ADt,
		0,
		() => AttributeDefinition$
	];
	var AttributeValueList = [
		1,
		n0,
		_AVL,
		0,
		() => AttributeValue$
	];
	var AutoScalingPolicyDescriptionList = [
		1,
		n0,
		_ASPDL,
		0,
		() => AutoScalingPolicyDescription$
	];
	var BackupSummaries = [
		1,
		n0,
		_BSac,
		0,
		() => BackupSummary$
	];
	var BulkOperationsSummaryList = [
		1,
		n0,
		_BOSL,
		0,
		() => BulkOperationSummary$
	];
	var BulkOperationTableDetails = [
		1,
		n0,
		_BOTDu,
		0,
		() => BulkOperationTableDetail$
	];
	var BulkOperationUsageMultiple = [
		1,
		n0,
		_BOUM,
		0,
		() => BulkOperationUsage$
	];
	var CancellationReasonList = [
		1,
		n0,
		_CRL,
		0,
		() => CancellationReason$
	];
	var ConsumedCapacityMultiple = [
		1,
		n0,
		_CCM,
		0,
		() => ConsumedCapacity$
	];
	var ContributorInsightsSummaries = [
		1,
		n0,
		_CISon,
		0,
		() => ContributorInsightsSummary$
	];
	var Endpoints = [
		1,
		n0,
		_En,
		0,
		() => Endpoint$
	];
	var ExportSummaries = [
		1,
		n0,
		_ESxp,
		0,
		() => ExportSummary$
	];
	var GlobalSecondaryIndexAutoScalingUpdateList = [
		1,
		n0,
		_GSIASUL,
		0,
		() => GlobalSecondaryIndexAutoScalingUpdate$
	];
	var GlobalSecondaryIndexDescriptionList = [
		1,
		n0,
		_GSIDL,
		0,
		() => GlobalSecondaryIndexDescription$
	];
	var GlobalSecondaryIndexes = [
		1,
		n0,
		_GSI,
		0,
		() => GlobalSecondaryIndexInfo$
	];
	var GlobalSecondaryIndexList = [
		1,
		n0,
		_GSIL,
		0,
		() => GlobalSecondaryIndex$
	];
	var GlobalSecondaryIndexUpdateList = [
		1,
		n0,
		_GSIUL,
		0,
		() => GlobalSecondaryIndexUpdate$
	];
	var GlobalTableGlobalSecondaryIndexSettingsUpdateList = [
		1,
		n0,
		_GTGSISUL,
		0,
		() => GlobalTableGlobalSecondaryIndexSettingsUpdate$
	];
	var GlobalTableList = [
		1,
		n0,
		_GTL,
		0,
		() => GlobalTable$
	];
	var GlobalTableWitnessDescriptionList = [
		1,
		n0,
		_GTWDL,
		0,
		() => GlobalTableWitnessDescription$
	];
	var GlobalTableWitnessGroupUpdateList = [
		1,
		n0,
		_GTWGUL,
		0,
		() => GlobalTableWitnessGroupUpdate$
	];
	var ImportSummaryList = [
		1,
		n0,
		_ISL,
		0,
		() => ImportSummary$
	];
	var ItemCollectionMetricsMultiple = [
		1,
		n0,
		_ICMM,
		0,
		() => ItemCollectionMetrics$
	];
	var ItemList = [
		1,
		n0,
		_IL,
		0,
		() => AttributeMap
	];
	var ItemResponseList = [
		1,
		n0,
		_IRL,
		0,
		() => ItemResponse$
	];
	var KeyList = [
		1,
		n0,
		_KL,
		0,
		() => Key
	];
	var KeySchema = [
		1,
		n0,
		_KS,
		0,
		() => KeySchemaElement$
	];
	var KinesisDataStreamDestinations = [
		1,
		n0,
		_KDSD,
		0,
		() => KinesisDataStreamDestination$
	];
	var ListAttributeValue = [
		1,
		n0,
		_LAV,
		0,
		() => AttributeValue$
	];
	var LocalSecondaryIndexDescriptionList = [
		1,
		n0,
		_LSIDL,
		0,
		() => LocalSecondaryIndexDescription$
	];
	var LocalSecondaryIndexes = [
		1,
		n0,
		_LSI,
		0,
		() => LocalSecondaryIndexInfo$
	];
	var LocalSecondaryIndexList = [
		1,
		n0,
		_LSIL,
		0,
		() => LocalSecondaryIndex$
	];
	var ParameterizedStatements = [
		1,
		n0,
		_PSar,
		0,
		() => ParameterizedStatement$
	];
	var PartiQLBatchRequest = [
		1,
		n0,
		_PQLBR,
		0,
		() => BatchStatementRequest$
	];
	var PartiQLBatchResponse = [
		1,
		n0,
		_PQLBRa,
		0,
		() => BatchStatementResponse$
	];
	var PreparedStatementParameters = [
		1,
		n0,
		_PSP,
		0,
		() => AttributeValue$
	];
	var ReplicaAutoScalingDescriptionList = [
		1,
		n0,
		_RASDL,
		0,
		() => ReplicaAutoScalingDescription$
	];
	var ReplicaAutoScalingUpdateList = [
		1,
		n0,
		_RASUL,
		0,
		() => ReplicaAutoScalingUpdate$
	];
	var ReplicaDescriptionList = [
		1,
		n0,
		_RDL,
		0,
		() => ReplicaDescription$
	];
	var ReplicaGlobalSecondaryIndexAutoScalingDescriptionList = [
		1,
		n0,
		_RGSIASDL,
		0,
		() => ReplicaGlobalSecondaryIndexAutoScalingDescription$
	];
	var ReplicaGlobalSecondaryIndexAutoScalingUpdateList = [
		1,
		n0,
		_RGSIASUL,
		0,
		() => ReplicaGlobalSecondaryIndexAutoScalingUpdate$
	];
	var ReplicaGlobalSecondaryIndexDescriptionList = [
		1,
		n0,
		_RGSIDL,
		0,
		() => ReplicaGlobalSecondaryIndexDescription$
	];
	var ReplicaGlobalSecondaryIndexList = [
		1,
		n0,
		_RGSIL,
		0,
		() => ReplicaGlobalSecondaryIndex$
	];
	var ReplicaGlobalSecondaryIndexSettingsDescriptionList = [
		1,
		n0,
		_RGSISDL,
		0,
		() => ReplicaGlobalSecondaryIndexSettingsDescription$
	];
	var ReplicaGlobalSecondaryIndexSettingsUpdateList = [
		1,
		n0,
		_RGSISUL,
		0,
		() => ReplicaGlobalSecondaryIndexSettingsUpdate$
	];
	var ReplicaList = [
		1,
		n0,
		_RL,
		0,
		() => Replica$
	];
	var ReplicaSettingsDescriptionList = [
		1,
		n0,
		_RSDL,
		0,
		() => ReplicaSettingsDescription$
	];
	var ReplicaSettingsUpdateList = [
		1,
		n0,
		_RSUL,
		0,
		() => ReplicaSettingsUpdate$
	];
	var ReplicationGroupUpdateList = [
		1,
		n0,
		_RGUL,
		0,
		() => ReplicationGroupUpdate$
	];
	var ReplicaUpdateList = [
		1,
		n0,
		_RUL,
		0,
		() => ReplicaUpdate$
	];
	var SearchResultList = [
		1,
		n0,
		_SRL,
		0,
		() => SearchResultItem$
	];
	var SearchSchema = [
		1,
		n0,
		_SSe,
		0,
		() => SearchSchemaElement$
	];
	var SearchVectorList = [
		1,
		n0,
		_SVL,
		0,
		() => AttributeValue$
	];
	var TagList = [
		1,
		n0,
		_TL,
		0,
		() => Tag$
	];
	var ThrottlingReasonList = [
		1,
		n0,
		_TRL,
		0,
		() => ThrottlingReason$
	];
	var TransactGetItemList = [
		1,
		n0,
		_TGIL,
		0,
		() => TransactGetItem$
	];
	var TransactWriteItemList = [
		1,
		n0,
		_TWIL,
		0,
		() => TransactWriteItem$
	];
	var VectorIndexDescriptionList = [
		1,
		n0,
		_VIDL,
		0,
		() => VectorIndexDescription$
	];
	var VectorIndexes = [
		1,
		n0,
		_VI,
		0,
		() => VectorIndexInfo$
	];
	var VectorIndexList = [
		1,
		n0,
		_VIL,
		0,
		() => VectorIndex$
	];
	var VectorIndexUpdateList = [
		1,
		n0,
		_VIUL,
		0,
		() => VectorIndexUpdate$
	];
	var WriteRequests = [
		1,
		n0,
		_WRr,
		0,
		() => WriteRequest$
	];
	var AttributeMap = [
		2,
		n0,
		_AM,
		0,
		0,
		() => AttributeValue$
	];
	var AttributeUpdates = [
		2,
		n0,
		_AU,
		0,
		0,
		() => AttributeValueUpdate$
	];
	var BatchGetRequestMap = [
		2,
		n0,
		_BGRMa,
		0,
		0,
		() => KeysAndAttributes$
	];
	var BatchGetResponseMap = [
		2,
		n0,
		_BGRM,
		0,
		0,
		() => ItemList
	];
	var BatchWriteItemRequestMap = [
		2,
		n0,
		_BWIRM,
		0,
		0,
		() => WriteRequests
	];
	var ExpectedAttributeMap = [
		2,
		n0,
		_EAM,
		0,
		0,
		() => ExpectedAttributeValue$
	];
	var ExpressionAttributeValueMap = [
		2,
		n0,
		_EAVM,
		0,
		0,
		() => AttributeValue$
	];
	var FilterConditionMap = [
		2,
		n0,
		_FCM,
		0,
		0,
		() => Condition$
	];
	var ItemCollectionKeyAttributeMap = [
		2,
		n0,
		_ICKAM,
		0,
		0,
		() => AttributeValue$
	];
	var ItemCollectionMetricsPerTable = [
		2,
		n0,
		_ICMPT,
		0,
		0,
		() => ItemCollectionMetricsMultiple
	];
	var Key = [
		2,
		n0,
		_K,
		0,
		0,
		() => AttributeValue$
	];
	var KeyConditions = [
		2,
		n0,
		_KC,
		0,
		0,
		() => Condition$
	];
	var MapAttributeValue = [
		2,
		n0,
		_MAV,
		0,
		0,
		() => AttributeValue$
	];
	var PutItemInputAttributeMap = [
		2,
		n0,
		_PIIAM,
		0,
		0,
		() => AttributeValue$
	];
	var SecondaryIndexesBulkBytesMap = [
		2,
		n0,
		_SIBBM,
		0,
		0,
		() => BulkOperationBytes$
	];
	var SecondaryIndexesCapacityMap = [
		2,
		n0,
		_SICM,
		0,
		0,
		() => Capacity$
	];
	var VectorIndexesBulkVectorBytesMap = [
		2,
		n0,
		_VIBVBM,
		0,
		0,
		() => BulkOperationVectorBytes$
	];
	var VectorIndexesCapacityMap = [
		2,
		n0,
		_VICM,
		0,
		0,
		() => VectorCapacity$
	];
	var AttributeValue$ = [
		4,
		n0,
		_AV,
		0,
		[
			_S_,
			_N,
			_B_,
			_SS_,
			_NS,
			_BS_,
			_M_,
			_L_,
			_NULL,
			_BOOL
		],
		[
			0,
			0,
			21,
			64,
			64,
			85,
			() => MapAttributeValue,
			() => ListAttributeValue,
			2,
			2
		]
	];
	var BatchExecuteStatement$ = [
		9,
		n0,
		_BES,
		0,
		() => BatchExecuteStatementInput$,
		() => BatchExecuteStatementOutput$
	];
	var BatchGetItem$ = [
		9,
		n0,
		_BGI,
		0,
		() => BatchGetItemInput$,
		() => BatchGetItemOutput$
	];
	var BatchWriteItem$ = [
		9,
		n0,
		_BWI,
		0,
		() => BatchWriteItemInput$,
		() => BatchWriteItemOutput$
	];
	var CancelBulkOperation$ = [
		9,
		n0,
		_CBOa,
		0,
		() => CancelBulkOperationInput$,
		() => CancelBulkOperationOutput$
	];
	var CreateBackup$ = [
		9,
		n0,
		_CB,
		0,
		() => CreateBackupInput$,
		() => CreateBackupOutput$
	];
	var CreateGlobalTable$ = [
		9,
		n0,
		_CGT,
		0,
		() => CreateGlobalTableInput$,
		() => CreateGlobalTableOutput$
	];
	var CreateTable$ = [
		9,
		n0,
		_CTr,
		0,
		() => CreateTableInput$,
		() => CreateTableOutput$
	];
	var DeleteBackup$ = [
		9,
		n0,
		_DB,
		0,
		() => DeleteBackupInput$,
		() => DeleteBackupOutput$
	];
	var DeleteItem$ = [
		9,
		n0,
		_DI,
		0,
		() => DeleteItemInput$,
		() => DeleteItemOutput$
	];
	var DeleteResourcePolicy$ = [
		9,
		n0,
		_DRP,
		0,
		() => DeleteResourcePolicyInput$,
		() => DeleteResourcePolicyOutput$
	];
	var DeleteTable$ = [
		9,
		n0,
		_DT,
		0,
		() => DeleteTableInput$,
		() => DeleteTableOutput$
	];
	var DescribeBackup$ = [
		9,
		n0,
		_DBe,
		0,
		() => DescribeBackupInput$,
		() => DescribeBackupOutput$
	];
	var DescribeBulkOperation$ = [
		9,
		n0,
		_DBOes,
		0,
		() => DescribeBulkOperationInput$,
		() => DescribeBulkOperationOutput$
	];
	var DescribeContinuousBackups$ = [
		9,
		n0,
		_DCB,
		0,
		() => DescribeContinuousBackupsInput$,
		() => DescribeContinuousBackupsOutput$
	];
	var DescribeContributorInsights$ = [
		9,
		n0,
		_DCI,
		0,
		() => DescribeContributorInsightsInput$,
		() => DescribeContributorInsightsOutput$
	];
	var DescribeEndpoints$ = [
		9,
		n0,
		_DE,
		0,
		() => DescribeEndpointsRequest$,
		() => DescribeEndpointsResponse$
	];
	var DescribeExport$ = [
		9,
		n0,
		_DEe,
		0,
		() => DescribeExportInput$,
		() => DescribeExportOutput$
	];
	var DescribeGlobalTable$ = [
		9,
		n0,
		_DGT,
		0,
		() => DescribeGlobalTableInput$,
		() => DescribeGlobalTableOutput$
	];
	var DescribeGlobalTableSettings$ = [
		9,
		n0,
		_DGTS,
		0,
		() => DescribeGlobalTableSettingsInput$,
		() => DescribeGlobalTableSettingsOutput$
	];
	var DescribeImport$ = [
		9,
		n0,
		_DIe,
		0,
		() => DescribeImportInput$,
		() => DescribeImportOutput$
	];
	var DescribeKinesisStreamingDestination$ = [
		9,
		n0,
		_DKSD,
		0,
		() => DescribeKinesisStreamingDestinationInput$,
		() => DescribeKinesisStreamingDestinationOutput$
	];
	var DescribeLimits$ = [
		9,
		n0,
		_DL,
		0,
		() => DescribeLimitsInput$,
		() => DescribeLimitsOutput$
	];
	var DescribeTable$ = [
		9,
		n0,
		_DTe,
		0,
		() => DescribeTableInput$,
		() => DescribeTableOutput$
	];
	var DescribeTableReplicaAutoScaling$ = [
		9,
		n0,
		_DTRAS,
		0,
		() => DescribeTableReplicaAutoScalingInput$,
		() => DescribeTableReplicaAutoScalingOutput$
	];
	var DescribeTimeToLive$ = [
		9,
		n0,
		_DTTL,
		0,
		() => DescribeTimeToLiveInput$,
		() => DescribeTimeToLiveOutput$
	];
	var DisableKinesisStreamingDestination$ = [
		9,
		n0,
		_DKSDi,
		0,
		() => KinesisStreamingDestinationInput$,
		() => KinesisStreamingDestinationOutput$
	];
	var EnableKinesisStreamingDestination$ = [
		9,
		n0,
		_EKSD,
		0,
		() => KinesisStreamingDestinationInput$,
		() => KinesisStreamingDestinationOutput$
	];
	var ExecuteStatement$ = [
		9,
		n0,
		_ESxe,
		0,
		() => ExecuteStatementInput$,
		() => ExecuteStatementOutput$
	];
	var ExecuteTransaction$ = [
		9,
		n0,
		_ETxe,
		0,
		() => ExecuteTransactionInput$,
		() => ExecuteTransactionOutput$
	];
	var ExportTableToPointInTime$ = [
		9,
		n0,
		_ETTPIT,
		0,
		() => ExportTableToPointInTimeInput$,
		() => ExportTableToPointInTimeOutput$
	];
	var GetItem$ = [
		9,
		n0,
		_GI,
		0,
		() => GetItemInput$,
		() => GetItemOutput$
	];
	var GetResourcePolicy$ = [
		9,
		n0,
		_GRP,
		0,
		() => GetResourcePolicyInput$,
		() => GetResourcePolicyOutput$
	];
	var ImportTable$ = [
		9,
		n0,
		_IT,
		0,
		() => ImportTableInput$,
		() => ImportTableOutput$
	];
	var ListBackups$ = [
		9,
		n0,
		_LB,
		0,
		() => ListBackupsInput$,
		() => ListBackupsOutput$
	];
	var ListBulkOperations$ = [
		9,
		n0,
		_LBOi,
		0,
		() => ListBulkOperationsInput$,
		() => ListBulkOperationsOutput$
	];
	var ListContributorInsights$ = [
		9,
		n0,
		_LCI,
		0,
		() => ListContributorInsightsInput$,
		() => ListContributorInsightsOutput$
	];
	var ListExports$ = [
		9,
		n0,
		_LE,
		0,
		() => ListExportsInput$,
		() => ListExportsOutput$
	];
	var ListGlobalTables$ = [
		9,
		n0,
		_LGT,
		0,
		() => ListGlobalTablesInput$,
		() => ListGlobalTablesOutput$
	];
	var ListImports$ = [
		9,
		n0,
		_LI,
		0,
		() => ListImportsInput$,
		() => ListImportsOutput$
	];
	var ListTables$ = [
		9,
		n0,
		_LT,
		0,
		() => ListTablesInput$,
		() => ListTablesOutput$
	];
	var ListTagsOfResource$ = [
		9,
		n0,
		_LTOR,
		0,
		() => ListTagsOfResourceInput$,
		() => ListTagsOfResourceOutput$
	];
	var PutItem$ = [
		9,
		n0,
		_PI,
		0,
		() => PutItemInput$,
		() => PutItemOutput$
	];
	var PutResourcePolicy$ = [
		9,
		n0,
		_PRP,
		0,
		() => PutResourcePolicyInput$,
		() => PutResourcePolicyOutput$
	];
	var Query$ = [
		9,
		n0,
		_Q,
		0,
		() => QueryInput$,
		() => QueryOutput$
	];
	var RestoreTableFromBackup$ = [
		9,
		n0,
		_RTFB,
		0,
		() => RestoreTableFromBackupInput$,
		() => RestoreTableFromBackupOutput$
	];
	var RestoreTableToPointInTime$ = [
		9,
		n0,
		_RTTPIT,
		0,
		() => RestoreTableToPointInTimeInput$,
		() => RestoreTableToPointInTimeOutput$
	];
	var Scan$ = [
		9,
		n0,
		_Sca,
		0,
		() => ScanInput$,
		() => ScanOutput$
	];
	var SearchVectors$ = [
		9,
		n0,
		_SVe,
		0,
		() => SearchVectorsInput$,
		() => SearchVectorsOutput$
	];
	var StartBulkPutItems$ = [
		9,
		n0,
		_SBPI,
		0,
		() => StartBulkPutItemsInput$,
		() => StartBulkPutItemsOutput$
	];
	var TagResource$ = [
		9,
		n0,
		_TRa,
		0,
		() => TagResourceInput$,
		() => __Unit
	];
	var TransactGetItems$ = [
		9,
		n0,
		_TGIr,
		0,
		() => TransactGetItemsInput$,
		() => TransactGetItemsOutput$
	];
	var TransactWriteItems$ = [
		9,
		n0,
		_TWIr,
		0,
		() => TransactWriteItemsInput$,
		() => TransactWriteItemsOutput$
	];
	var UntagResource$ = [
		9,
		n0,
		_UR,
		0,
		() => UntagResourceInput$,
		() => __Unit
	];
	var UpdateContinuousBackups$ = [
		9,
		n0,
		_UCB,
		0,
		() => UpdateContinuousBackupsInput$,
		() => UpdateContinuousBackupsOutput$
	];
	var UpdateContributorInsights$ = [
		9,
		n0,
		_UCI,
		0,
		() => UpdateContributorInsightsInput$,
		() => UpdateContributorInsightsOutput$
	];
	var UpdateGlobalTable$ = [
		9,
		n0,
		_UGT,
		0,
		() => UpdateGlobalTableInput$,
		() => UpdateGlobalTableOutput$
	];
	var UpdateGlobalTableSettings$ = [
		9,
		n0,
		_UGTS,
		0,
		() => UpdateGlobalTableSettingsInput$,
		() => UpdateGlobalTableSettingsOutput$
	];
	var UpdateItem$ = [
		9,
		n0,
		_UIp,
		0,
		() => UpdateItemInput$,
		() => UpdateItemOutput$
	];
	var UpdateKinesisStreamingDestination$ = [
		9,
		n0,
		_UKSD,
		0,
		() => UpdateKinesisStreamingDestinationInput$,
		() => UpdateKinesisStreamingDestinationOutput$
	];
	var UpdateTable$ = [
		9,
		n0,
		_UT,
		0,
		() => UpdateTableInput$,
		() => UpdateTableOutput$
	];
	var UpdateTableReplicaAutoScaling$ = [
		9,
		n0,
		_UTRAS,
		0,
		() => UpdateTableReplicaAutoScalingInput$,
		() => UpdateTableReplicaAutoScalingOutput$
	];
	var UpdateTimeToLive$ = [
		9,
		n0,
		_UTTL,
		0,
		() => UpdateTimeToLiveInput$,
		() => UpdateTimeToLiveOutput$
	];
	var DescribeEndpointsCommand = class extends command(_ep0, _mw0, "DescribeEndpoints", DescribeEndpoints$) {};
	var packageInfo = { version: "3.1163.0" };
	const L = "ref";
	const M = "argv";
	const a = -1;
	const b = true;
	const c = false;
	const d = "isSet";
	const e = "booleanEquals";
	const f = "PartitionResult";
	const g = "stringEquals";
	const h = "getAttr";
	const i = "parsedEndpoint";
	const j = "aws.parseArn";
	const k = (n) => "ParsedArn_ssa_" + n;
	const l = "service";
	const m = "dynamodb";
	const n = "isValidHostLabel";
	const o = "accountId";
	const p = "FirstArn";
	const q = (n) => "https://{ParsedArn_ssa_" + n + "#accountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}";
	const s = (n) => "https://{ParsedArn_ssa_" + n + "#accountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}";
	const t = (n) => "https://{ParsedArn_ssa_" + n + "#accountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}";
	const u = (n) => "https://{ParsedArn_ssa_" + n + "#accountId}.ddb.{Region}.{PartitionResult#dnsSuffix}";
	const v = { [L]: "Region" };
	const w = { [L]: f };
	const x = {
		"fn": h,
		[M]: [{ [L]: i }, "authority"]
	};
	const y = { [L]: "AccountIdEndpointMode" };
	const z = {
		"fn": h,
		[M]: [w, "name"]
	};
	const A = { [L]: "ParsedArn_ssa_2" };
	const B = {
		"fn": h,
		[M]: [A, "region"]
	};
	const C = { [L]: "ResourceArnList" };
	const D = {
		"fn": h,
		[M]: [{ [L]: "ParsedArn_ssa_1" }, "region"]
	};
	const E = { [L]: "ParsedArn_ssa_1" };
	const F = { [L]: "AccountId" };
	const G = {};
	const H = { "metricValues": ["O"] };
	const I = [v];
	const J = [{ [L]: "Endpoint" }];
	const K = [{ [L]: "ResourceArn" }];
	const _data = {
		conditions: [
			[d, I],
			[d, J],
			[e, [{ [L]: "UseFIPS" }, b]],
			[e, [{ [L]: "UseDualStack" }, b]],
			[
				"aws.partition",
				I,
				f
			],
			[g, [v, "local"]],
			[e, [{
				fn: h,
				[M]: [w, "supportsFIPS"]
			}, b]],
			[
				"parseURL",
				J,
				i
			],
			[g, ["dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", x]],
			[e, [{
				fn: h,
				[M]: [w, "supportsDualStack"]
			}, b]],
			[g, ["search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", x]],
			[d, [y]],
			[g, [v, "us-gov-east-1"]],
			[g, [v, "cn-north-1"]],
			[g, [v, "cn-northwest-1"]],
			[g, [v, "us-gov-west-1"]],
			[g, [z, "aws"]],
			[g, [y, "disabled"]],
			[d, K],
			[
				j,
				K,
				k(2)
			],
			[g, [{
				fn: h,
				[M]: [A, l]
			}, m]],
			[g, [B, v]],
			[n, [{
				fn: h,
				[M]: [A, o]
			}, c]],
			[n, [B, c]],
			[d, [C]],
			[
				h,
				[C, "[0]"],
				p
			],
			[
				j,
				[{ [L]: p }],
				k(1)
			],
			[g, [D, v]],
			[g, [{
				fn: h,
				[M]: [E, l]
			}, m]],
			[n, [{
				fn: h,
				[M]: [E, o]
			}, c]],
			[n, [D, c]],
			[d, [F]],
			[g, [y, "required"]],
			[n, [F, c]],
			[g, [z, "aws-us-gov"]],
			[e, [{
				fn: "coalesce",
				[M]: [{ [L]: "IsSearchOperation" }, c]
			}, b]]
		],
		results: [
			[a],
			[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
			[a, "Endpoint override is not supported for dual-stack endpoints. Please enable dual-stack functionality by enabling the configuration. For more details, see: https://docs.aws.amazon.com/sdkref/latest/guide/feature-endpoints.html"],
			["{Endpoint}", G],
			[a, "Invalid Configuration: FIPS and local endpoint are not supported"],
			[a, "Invalid Configuration: Dualstack and local endpoint are not supported"],
			["http://localhost:8000", { authSchemes: [{
				name: "sigv4",
				signingName: m,
				signingRegion: "us-east-1"
			}] }],
			[a, "Invalid Configuration: AccountIdEndpointMode is required and FIPS is enabled, but FIPS account endpoints are not supported"],
			["https://search-dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", G],
			["https://dynamodb-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", G],
			[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
			["https://search-dynamodb.{Region}.{PartitionResult#dnsSuffix}", G],
			["https://dynamodb.{Region}.{PartitionResult#dnsSuffix}", G],
			["https://search-dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}", G],
			["https://dynamodb-fips.{Region}.{PartitionResult#dnsSuffix}", G],
			[a, "FIPS is enabled but this partition does not support FIPS"],
			[a, "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this region"],
			["https://search-dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", G],
			["https://dynamodb.{Region}.{PartitionResult#dualStackDnsSuffix}", G],
			[q(2), H],
			[s(2), H],
			[q(1), H],
			[s(1), H],
			["https://{AccountId}.search-ddb.{Region}.{PartitionResult#dualStackDnsSuffix}", H],
			["https://{AccountId}.ddb.{Region}.{PartitionResult#dualStackDnsSuffix}", H],
			[a, "Credentials-sourced account ID parameter is invalid"],
			[a, "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded"],
			[a, "DualStack is enabled but this partition does not support DualStack"],
			[t(2), H],
			[u(2), H],
			[t(1), H],
			[u(1), H],
			["https://{AccountId}.search-ddb.{Region}.{PartitionResult#dnsSuffix}", H],
			["https://{AccountId}.ddb.{Region}.{PartitionResult#dnsSuffix}", H],
			[a, "Invalid Configuration: Missing Region"]
		]
	};
	const root = 2;
	const nodes = new Int32Array([
		-1,
		1,
		-1,
		0,
		6,
		3,
		1,
		4,
		100000035,
		2,
		100000001,
		5,
		3,
		100000002,
		100000004,
		1,
		85,
		7,
		2,
		69,
		8,
		3,
		38,
		9,
		4,
		10,
		100000035,
		5,
		100000007,
		11,
		11,
		12,
		77,
		12,
		18,
		13,
		13,
		18,
		14,
		14,
		18,
		15,
		15,
		18,
		16,
		16,
		18,
		17,
		32,
		100000017,
		77,
		17,
		37,
		19,
		18,
		20,
		25,
		19,
		21,
		25,
		20,
		22,
		25,
		21,
		23,
		25,
		22,
		24,
		25,
		23,
		36,
		25,
		24,
		26,
		32,
		25,
		27,
		32,
		26,
		28,
		32,
		27,
		29,
		32,
		28,
		30,
		32,
		29,
		31,
		32,
		30,
		35,
		32,
		31,
		33,
		37,
		33,
		34,
		100000026,
		35,
		100000033,
		100000034,
		35,
		100000031,
		100000032,
		35,
		100000029,
		100000030,
		32,
		100000027,
		77,
		4,
		39,
		100000035,
		5,
		100000006,
		40,
		9,
		41,
		100000028,
		11,
		42,
		68,
		12,
		48,
		43,
		13,
		48,
		44,
		14,
		48,
		45,
		15,
		48,
		46,
		16,
		48,
		47,
		32,
		100000017,
		68,
		17,
		67,
		49,
		18,
		50,
		55,
		19,
		51,
		55,
		20,
		52,
		55,
		21,
		53,
		55,
		22,
		54,
		55,
		23,
		66,
		55,
		24,
		56,
		62,
		25,
		57,
		62,
		26,
		58,
		62,
		27,
		59,
		62,
		28,
		60,
		62,
		29,
		61,
		62,
		30,
		65,
		62,
		31,
		63,
		67,
		33,
		64,
		100000026,
		35,
		100000024,
		100000025,
		35,
		100000022,
		100000023,
		35,
		100000020,
		100000021,
		32,
		100000027,
		68,
		35,
		100000018,
		100000019,
		3,
		78,
		70,
		4,
		71,
		100000035,
		5,
		100000005,
		72,
		6,
		73,
		100000016,
		11,
		74,
		75,
		32,
		100000008,
		75,
		34,
		77,
		76,
		35,
		100000014,
		100000015,
		35,
		100000012,
		100000013,
		4,
		79,
		100000035,
		5,
		100000005,
		80,
		6,
		81,
		100000011,
		9,
		82,
		100000011,
		11,
		83,
		84,
		32,
		100000008,
		84,
		35,
		100000009,
		100000010,
		2,
		100000001,
		86,
		3,
		100000002,
		87,
		4,
		88,
		100000004,
		7,
		89,
		100000004,
		8,
		100000003,
		90,
		10,
		100000003,
		100000004
	]);
	const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
	const cache = new EndpointCache({
		size: 50,
		params: [
			"AccountId",
			"AccountIdEndpointMode",
			"Endpoint",
			"IsSearchOperation",
			"Region",
			"ResourceArn",
			"ResourceArnList",
			"UseDualStack",
			"UseFIPS"
		]
	});
	const defaultEndpointResolver = (endpointParams, context = {}) => {
		return cache.get(endpointParams, () => decideEndpoint(bdd, {
			endpointParams,
			logger: context.logger
		}));
	};
	customEndpointFunctions.aws = awsEndpointFunctions;
	const getRuntimeConfig$1 = (config) => {
		return {
			apiVersion: "2012-08-10",
			base64Decoder: config?.base64Decoder ?? fromBase64,
			base64Encoder: config?.base64Encoder ?? toBase64,
			disableHostPrefix: config?.disableHostPrefix ?? false,
			endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
			extensions: config?.extensions ?? [],
			httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultDynamoDBHttpAuthSchemeProvider,
			httpAuthSchemes: config?.httpAuthSchemes ?? [{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new AwsSdkSigV4Signer()
			}],
			logger: config?.logger ?? new NoOpLogger(),
			protocol: config?.protocol ?? AwsJson1_0Protocol,
			protocolSettings: config?.protocolSettings ?? {
				defaultNamespace: "com.amazonaws.dynamodb",
				errorTypeRegistries,
				xmlNamespace: "http://dynamodb.amazonaws.com/doc/2012-08-10/",
				version: "2012-08-10",
				serviceTarget: "DynamoDB_20120810",
				jsonCodec: new DynamoDBJsonCodec2()
			},
			serviceId: config?.serviceId ?? "DynamoDB",
			sha256: config?.sha256 ?? Sha256,
			urlParser: config?.urlParser ?? parseUrl,
			utf8Decoder: config?.utf8Decoder ?? fromUtf8,
			utf8Encoder: config?.utf8Encoder ?? toUtf8
		};
	};
	const getRuntimeConfig = (config) => {
		emitWarningIfUnsupportedVersion(process.version);
		const defaultsMode = resolveDefaultsModeConfig(config);
		const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
		const clientSharedValues = getRuntimeConfig$1(config);
		emitWarningIfUnsupportedVersion$1(process.version);
		const loaderConfig = {
			profile: config?.profile,
			logger: clientSharedValues.logger
		};
		return {
			...clientSharedValues,
			...config,
			runtime: "node",
			defaultsMode,
			accountIdEndpointMode: config?.accountIdEndpointMode ?? loadConfig(NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS, loaderConfig),
			authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
			bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
			credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
			defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
			defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({
				serviceId: clientSharedValues.serviceId,
				clientVersion: packageInfo.version
			}),
			endpointDiscoveryEnabledProvider: config?.endpointDiscoveryEnabledProvider ?? loadConfig(NODE_ENDPOINT_DISCOVERY_CONFIG_OPTIONS, loaderConfig),
			maxAttempts: config?.maxAttempts ?? loadConfig(Retry.v2026 ? {
				...NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
				default: 4
			} : NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
			region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, {
				...NODE_REGION_CONFIG_FILE_OPTIONS,
				...loaderConfig
			}),
			requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
			retryMode: config?.retryMode ?? loadConfig({
				...NODE_RETRY_MODE_CONFIG_OPTIONS,
				default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
			}, config),
			streamCollector: config?.streamCollector ?? streamCollector,
			useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
			useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
			userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
		};
	};
	const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
		const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
		let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
		let _credentials = runtimeConfig.credentials;
		return {
			setHttpAuthScheme(httpAuthScheme) {
				const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
				if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
				else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
			},
			httpAuthSchemes() {
				return _httpAuthSchemes;
			},
			setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
				_httpAuthSchemeProvider = httpAuthSchemeProvider;
			},
			httpAuthSchemeProvider() {
				return _httpAuthSchemeProvider;
			},
			setCredentials(credentials) {
				_credentials = credentials;
			},
			credentials() {
				return _credentials;
			}
		};
	};
	const resolveHttpAuthRuntimeConfig = (config) => {
		return {
			httpAuthSchemes: config.httpAuthSchemes(),
			httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
			credentials: config.credentials()
		};
	};
	const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
		const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
		extensions.forEach((extension) => extension.configure(extensionConfiguration));
		return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
	};
	var DynamoDBClient = class extends Client {
		config;
		constructor(...[configuration]) {
			const _config_0 = getRuntimeConfig(configuration || {});
			super(_config_0);
			this.initConfig = _config_0;
			const _config_1 = resolveClientEndpointParameters(_config_0);
			const _config_2 = resolveAccountIdEndpointModeConfig(_config_1);
			const _config_3 = resolveUserAgentConfig(_config_2);
			const _config_4 = resolveRetryConfig(_config_3, {
				defaultBaseDelay: Retry.v2026 ? 25 : void 0,
				defaultMaxAttempts: Retry.v2026 ? 4 : void 0
			});
			const _config_5 = resolveRegionConfig(_config_4);
			const _config_6 = resolveHostHeaderConfig(_config_5);
			const _config_7 = resolveEndpointConfig(_config_6);
			const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
			const _config_9 = resolveEndpointDiscoveryConfig(_config_8, { endpointDiscoveryCommandCtor: DescribeEndpointsCommand });
			const _config_10 = resolveRuntimeExtensions(_config_9, configuration?.extensions || []);
			this.config = _config_10;
			this.middlewareStack.use(getSchemaSerdePlugin(this.config));
			this.middlewareStack.use(getUserAgentPlugin(this.config));
			this.middlewareStack.use(getRetryPlugin(this.config));
			this.middlewareStack.use(getContentLengthPlugin(this.config));
			this.middlewareStack.use(getHostHeaderPlugin(this.config));
			this.middlewareStack.use(getLoggerPlugin(this.config));
			this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
			this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
				httpAuthSchemeParametersProvider: defaultDynamoDBHttpAuthSchemeParametersProvider,
				identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
			}));
			this.middlewareStack.use(getHttpSigningPlugin(this.config));
		}
		destroy() {
			super.destroy();
		}
	};
	var BatchExecuteStatementCommand = class extends command(_ep0, _mw0, "BatchExecuteStatement", BatchExecuteStatement$) {};
	var BatchGetItemCommand = class extends command(_ep1, _mw0, "BatchGetItem", BatchGetItem$) {};
	var BatchWriteItemCommand = class extends command(_ep1, _mw0, "BatchWriteItem", BatchWriteItem$) {};
	var CancelBulkOperationCommand = class extends command(_ep2, _mw0, "CancelBulkOperation", CancelBulkOperation$) {};
	var CreateBackupCommand = class extends command(_ep3, _mw0, "CreateBackup", CreateBackup$) {};
	var CreateGlobalTableCommand = class extends command(_ep4, _mw0, "CreateGlobalTable", CreateGlobalTable$) {};
	var CreateTableCommand = class extends command(_ep3, _mw0, "CreateTable", CreateTable$) {};
	var DeleteBackupCommand = class extends command(_ep5, _mw0, "DeleteBackup", DeleteBackup$) {};
	var DeleteItemCommand = class extends command(_ep3, _mw0, "DeleteItem", DeleteItem$) {};
	var DeleteResourcePolicyCommand = class extends command(_ep6, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {};
	var DeleteTableCommand = class extends command(_ep3, _mw0, "DeleteTable", DeleteTable$) {};
	var DescribeBackupCommand = class extends command(_ep5, _mw0, "DescribeBackup", DescribeBackup$) {};
	var DescribeBulkOperationCommand = class extends command(_ep2, _mw0, "DescribeBulkOperation", DescribeBulkOperation$) {};
	var DescribeContinuousBackupsCommand = class extends command(_ep3, _mw0, "DescribeContinuousBackups", DescribeContinuousBackups$) {};
	var DescribeContributorInsightsCommand = class extends command(_ep3, _mw0, "DescribeContributorInsights", DescribeContributorInsights$) {};
	var DescribeExportCommand = class extends command(_ep7, _mw0, "DescribeExport", DescribeExport$) {};
	var DescribeGlobalTableCommand = class extends command(_ep4, _mw0, "DescribeGlobalTable", DescribeGlobalTable$) {};
	var DescribeGlobalTableSettingsCommand = class extends command(_ep4, _mw0, "DescribeGlobalTableSettings", DescribeGlobalTableSettings$) {};
	var DescribeImportCommand = class extends command(_ep8, _mw0, "DescribeImport", DescribeImport$) {};
	var DescribeKinesisStreamingDestinationCommand = class extends command(_ep3, _mw0, "DescribeKinesisStreamingDestination", DescribeKinesisStreamingDestination$) {};
	var DescribeLimitsCommand = class extends command(_ep0, _mw0, "DescribeLimits", DescribeLimits$) {};
	var DescribeTableCommand = class extends command(_ep3, _mw0, "DescribeTable", DescribeTable$) {};
	var DescribeTableReplicaAutoScalingCommand = class extends command(_ep3, _mw0, "DescribeTableReplicaAutoScaling", DescribeTableReplicaAutoScaling$) {};
	var DescribeTimeToLiveCommand = class extends command(_ep3, _mw0, "DescribeTimeToLive", DescribeTimeToLive$) {};
	var DisableKinesisStreamingDestinationCommand = class extends command(_ep3, _mw0, "DisableKinesisStreamingDestination", DisableKinesisStreamingDestination$) {};
	var EnableKinesisStreamingDestinationCommand = class extends command(_ep3, _mw0, "EnableKinesisStreamingDestination", EnableKinesisStreamingDestination$) {};
	var ExecuteStatementCommand = class extends command(_ep0, _mw0, "ExecuteStatement", ExecuteStatement$) {};
	var ExecuteTransactionCommand = class extends command(_ep0, _mw0, "ExecuteTransaction", ExecuteTransaction$) {};
	var ExportTableToPointInTimeCommand = class extends command(_ep9, _mw0, "ExportTableToPointInTime", ExportTableToPointInTime$) {};
	var GetItemCommand = class extends command(_ep3, _mw0, "GetItem", GetItem$) {};
	var GetResourcePolicyCommand = class extends command(_ep6, _mw0, "GetResourcePolicy", GetResourcePolicy$) {};
	var ImportTableCommand = class extends command(_ep10, _mw0, "ImportTable", ImportTable$) {};
	var ListBackupsCommand = class extends command(_ep3, _mw0, "ListBackups", ListBackups$) {};
	var ListBulkOperationsCommand = class extends command(_ep0, _mw0, "ListBulkOperations", ListBulkOperations$) {};
	var ListContributorInsightsCommand = class extends command(_ep3, _mw0, "ListContributorInsights", ListContributorInsights$) {};
	var ListExportsCommand = class extends command(_ep9, _mw0, "ListExports", ListExports$) {};
	var ListGlobalTablesCommand = class extends command(_ep0, _mw0, "ListGlobalTables", ListGlobalTables$) {};
	var ListImportsCommand = class extends command(_ep9, _mw0, "ListImports", ListImports$) {};
	var ListTablesCommand = class extends command(_ep0, _mw0, "ListTables", ListTables$) {};
	var ListTagsOfResourceCommand = class extends command(_ep6, _mw0, "ListTagsOfResource", ListTagsOfResource$) {};
	var PutItemCommand = class extends command(_ep3, _mw0, "PutItem", PutItem$) {};
	var PutResourcePolicyCommand = class extends command(_ep6, _mw0, "PutResourcePolicy", PutResourcePolicy$) {};
	var QueryCommand = class extends command(_ep3, _mw0, "Query", Query$) {};
	var RestoreTableFromBackupCommand = class extends command(_ep11, _mw0, "RestoreTableFromBackup", RestoreTableFromBackup$) {};
	var RestoreTableToPointInTimeCommand = class extends command(_ep11, _mw0, "RestoreTableToPointInTime", RestoreTableToPointInTime$) {};
	var ScanCommand = class extends command(_ep3, _mw0, "Scan", Scan$) {};
	var SearchVectorsCommand = class extends command(_ep12, _mw0, "SearchVectors", SearchVectors$) {};
	var StartBulkPutItemsCommand = class extends command(_ep3, _mw0, "StartBulkPutItems", StartBulkPutItems$) {};
	var TagResourceCommand = class extends command(_ep6, _mw0, "TagResource", TagResource$) {};
	var TransactGetItemsCommand = class extends command(_ep13, _mw0, "TransactGetItems", TransactGetItems$) {};
	var TransactWriteItemsCommand = class extends command(_ep14, _mw0, "TransactWriteItems", TransactWriteItems$) {};
	var UntagResourceCommand = class extends command(_ep6, _mw0, "UntagResource", UntagResource$) {};
	var UpdateContinuousBackupsCommand = class extends command(_ep3, _mw0, "UpdateContinuousBackups", UpdateContinuousBackups$) {};
	var UpdateContributorInsightsCommand = class extends command(_ep3, _mw0, "UpdateContributorInsights", UpdateContributorInsights$) {};
	var UpdateGlobalTableCommand = class extends command(_ep4, _mw0, "UpdateGlobalTable", UpdateGlobalTable$) {};
	var UpdateGlobalTableSettingsCommand = class extends command(_ep4, _mw0, "UpdateGlobalTableSettings", UpdateGlobalTableSettings$) {};
	var UpdateItemCommand = class extends command(_ep3, _mw0, "UpdateItem", UpdateItem$) {};
	var UpdateKinesisStreamingDestinationCommand = class extends command(_ep3, _mw0, "UpdateKinesisStreamingDestination", UpdateKinesisStreamingDestination$) {};
	var UpdateTableCommand = class extends command(_ep3, _mw0, "UpdateTable", UpdateTable$) {};
	var UpdateTableReplicaAutoScalingCommand = class extends command(_ep3, _mw0, "UpdateTableReplicaAutoScaling", UpdateTableReplicaAutoScaling$) {};
	var UpdateTimeToLiveCommand = class extends command(_ep3, _mw0, "UpdateTimeToLive", UpdateTimeToLive$) {};
	const paginateListBulkOperations = createPaginator(DynamoDBClient, ListBulkOperationsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListContributorInsights = createPaginator(DynamoDBClient, ListContributorInsightsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListExports = createPaginator(DynamoDBClient, ListExportsCommand, "NextToken", "NextToken", "MaxResults");
	const paginateListImports = createPaginator(DynamoDBClient, ListImportsCommand, "NextToken", "NextToken", "PageSize");
	const paginateListTables = createPaginator(DynamoDBClient, ListTablesCommand, "ExclusiveStartTableName", "LastEvaluatedTableName", "Limit");
	const paginateQuery = createPaginator(DynamoDBClient, QueryCommand, "ExclusiveStartKey", "LastEvaluatedKey", "Limit");
	const paginateScan = createPaginator(DynamoDBClient, ScanCommand, "ExclusiveStartKey", "LastEvaluatedKey", "Limit");
	const checkState$6 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeBulkOperationCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.BulkOperationDescription.BulkOperationStatus;
				};
				if (returnComparator() === "COMPLETED") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.BulkOperationDescription.BulkOperationStatus;
				};
				if (returnComparator() === "COMPLETED_WITH_ERRORS") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.BulkOperationDescription.BulkOperationStatus;
				};
				if (returnComparator() === "CANCELLED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.BulkOperationDescription.BulkOperationStatus;
				};
				if (returnComparator() === "FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilBulkOperationCompleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState$6);
		return checkExceptions(result);
	};
	const checkState$5 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeContributorInsightsCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.ContributorInsightsStatus;
				};
				if (returnComparator() === "ENABLED") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.ContributorInsightsStatus;
				};
				if (returnComparator() === "FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilContributorInsightsEnabled = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState$5);
		return checkExceptions(result);
	};
	const checkState$4 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeExportCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.ExportDescription.ExportStatus;
				};
				if (returnComparator() === "COMPLETED") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.ExportDescription.ExportStatus;
				};
				if (returnComparator() === "FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilExportCompleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState$4);
		return checkExceptions(result);
	};
	const checkState$3 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeImportCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.ImportTableDescription.ImportStatus;
				};
				if (returnComparator() === "COMPLETED") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.ImportTableDescription.ImportStatus;
				};
				if (returnComparator() === "FAILED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					return result.ImportTableDescription.ImportStatus;
				};
				if (returnComparator() === "CANCELLED") return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilImportCompleted = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState$3);
		return checkExceptions(result);
	};
	const checkState$2 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeKinesisStreamingDestinationCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return [].concat(...result.KinesisDataStreamDestinations).map((element_2) => {
						return element_2.DestinationStatus;
					});
				};
				for (let anyStringEq_4 of returnComparator()) if (anyStringEq_4 == "ACTIVE") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
			try {
				const returnComparator = () => {
					let filterRes_2 = result.KinesisDataStreamDestinations.filter((element_1) => {
						return (element_1.DestinationStatus == "DISABLED" || element_1.DestinationStatus == "ENABLE_FAILED") && (element_1.DestinationStatus == "ENABLE_FAILED" || element_1.DestinationStatus == "DISABLED");
					});
					return result.KinesisDataStreamDestinations.length > 0 && filterRes_2.length == result.KinesisDataStreamDestinations.length;
				};
				if (returnComparator() == true) return {
					state: WaiterState.FAILURE,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilKinesisStreamingDestinationActive = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState$2);
		return checkExceptions(result);
	};
	const checkState$1 = async (client, input) => {
		let reason;
		try {
			let result = await client.send(new DescribeTableCommand(input));
			reason = result;
			try {
				const returnComparator = () => {
					return result.Table.TableStatus;
				};
				if (returnComparator() === "ACTIVE") return {
					state: WaiterState.SUCCESS,
					reason
				};
			} catch (e) {}
		} catch (exception) {
			reason = exception;
			if (exception.name === "ResourceNotFoundException") return {
				state: WaiterState.RETRY,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilTableExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState$1);
		return checkExceptions(result);
	};
	const checkState = async (client, input) => {
		let reason;
		try {
			reason = await client.send(new DescribeTableCommand(input));
		} catch (exception) {
			reason = exception;
			if (exception.name === "ResourceNotFoundException") return {
				state: WaiterState.SUCCESS,
				reason
			};
		}
		return {
			state: WaiterState.RETRY,
			reason
		};
	};
	const waitUntilTableNotExists = async (params, input) => {
		const result = await createWaiter({
			minDelay: 20,
			maxDelay: 120,
			...params
		}, input, checkState);
		return checkExceptions(result);
	};
	const commands = {
		BatchExecuteStatementCommand,
		BatchGetItemCommand,
		BatchWriteItemCommand,
		CancelBulkOperationCommand,
		CreateBackupCommand,
		CreateGlobalTableCommand,
		CreateTableCommand,
		DeleteBackupCommand,
		DeleteItemCommand,
		DeleteResourcePolicyCommand,
		DeleteTableCommand,
		DescribeBackupCommand,
		DescribeBulkOperationCommand,
		DescribeContinuousBackupsCommand,
		DescribeContributorInsightsCommand,
		DescribeEndpointsCommand,
		DescribeExportCommand,
		DescribeGlobalTableCommand,
		DescribeGlobalTableSettingsCommand,
		DescribeImportCommand,
		DescribeKinesisStreamingDestinationCommand,
		DescribeLimitsCommand,
		DescribeTableCommand,
		DescribeTableReplicaAutoScalingCommand,
		DescribeTimeToLiveCommand,
		DisableKinesisStreamingDestinationCommand,
		EnableKinesisStreamingDestinationCommand,
		ExecuteStatementCommand,
		ExecuteTransactionCommand,
		ExportTableToPointInTimeCommand,
		GetItemCommand,
		GetResourcePolicyCommand,
		ImportTableCommand,
		ListBackupsCommand,
		ListBulkOperationsCommand,
		ListContributorInsightsCommand,
		ListExportsCommand,
		ListGlobalTablesCommand,
		ListImportsCommand,
		ListTablesCommand,
		ListTagsOfResourceCommand,
		PutItemCommand,
		PutResourcePolicyCommand,
		QueryCommand,
		RestoreTableFromBackupCommand,
		RestoreTableToPointInTimeCommand,
		ScanCommand,
		SearchVectorsCommand,
		StartBulkPutItemsCommand,
		TagResourceCommand,
		TransactGetItemsCommand,
		TransactWriteItemsCommand,
		UntagResourceCommand,
		UpdateContinuousBackupsCommand,
		UpdateContributorInsightsCommand,
		UpdateGlobalTableCommand,
		UpdateGlobalTableSettingsCommand,
		UpdateItemCommand,
		UpdateKinesisStreamingDestinationCommand,
		UpdateTableCommand,
		UpdateTableReplicaAutoScalingCommand,
		UpdateTimeToLiveCommand
	};
	const paginators = {
		paginateListBulkOperations,
		paginateListContributorInsights,
		paginateListExports,
		paginateListImports,
		paginateListTables,
		paginateQuery,
		paginateScan
	};
	const waiters = {
		waitUntilBulkOperationCompleted,
		waitUntilContributorInsightsEnabled,
		waitUntilExportCompleted,
		waitUntilImportCompleted,
		waitUntilKinesisStreamingDestinationActive,
		waitUntilTableExists,
		waitUntilTableNotExists
	};
	var DynamoDB = class extends DynamoDBClient {};
	createAggregatedClient(commands, DynamoDB, {
		paginators,
		waiters
	});
	exports.BatchGetItemCommand = BatchGetItemCommand;
	exports.BatchWriteItemCommand = BatchWriteItemCommand;
	exports.CreateGlobalTableCommand = CreateGlobalTableCommand;
	exports.CreateTableCommand = CreateTableCommand;
	exports.DeleteItemCommand = DeleteItemCommand;
	exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
	exports.DeleteTableCommand = DeleteTableCommand;
	exports.DescribeContinuousBackupsCommand = DescribeContinuousBackupsCommand;
	exports.DescribeGlobalTableCommand = DescribeGlobalTableCommand;
	exports.DescribeKinesisStreamingDestinationCommand = DescribeKinesisStreamingDestinationCommand;
	exports.DescribeTableCommand = DescribeTableCommand;
	exports.DescribeTimeToLiveCommand = DescribeTimeToLiveCommand;
	exports.DisableKinesisStreamingDestinationCommand = DisableKinesisStreamingDestinationCommand;
	exports.DynamoDBClient = DynamoDBClient;
	exports.EnableKinesisStreamingDestinationCommand = EnableKinesisStreamingDestinationCommand;
	exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
	exports.ListGlobalTablesCommand = ListGlobalTablesCommand;
	exports.ListTablesCommand = ListTablesCommand;
	exports.ListTagsOfResourceCommand = ListTagsOfResourceCommand;
	exports.PutItemCommand = PutItemCommand;
	exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
	exports.ScanCommand = ScanCommand;
	exports.TagResourceCommand = TagResourceCommand;
	exports.UpdateContinuousBackupsCommand = UpdateContinuousBackupsCommand;
	exports.UpdateGlobalTableCommand = UpdateGlobalTableCommand;
	exports.UpdateTableCommand = UpdateTableCommand;
	exports.UpdateTimeToLiveCommand = UpdateTimeToLiveCommand;
	exports.paginateListTables = paginateListTables;
}));
export { require_dist_cjs as t };
