import CGraphviz
import Foundation

/// Finding Graphviz's own plugins and packaging ActorGraph's, through the plugin API of
/// `gvplugin.h`.
enum GraphvizPluginLibrary {
  /// One plugin: what it implements (`api`, `type`), its rank among plugins of that type, and
  /// its engine and features tables, which must live as long as the process.
  struct Plugin {
    var api: api_t
    var type: String
    var quality: Int32
    var engine: UnsafeMutableRawPointer
    var features: UnsafeMutableRawPointer?
  }

  /// Opens Graphviz's plugin package `package` (as in `libgvplugin_<package>.so.6`) from
  /// `directory` and returns its plugin of `api` for `type`, or nil if it has none.
  static func installed(package: String, in directory: String, api: api_t, type: String) -> UnsafeMutablePointer<gvplugin_installed_t>? {
    let file = (directory as NSString).appendingPathComponent("libgvplugin_\(package).so.6")
    guard let handle = dlopen(file, RTLD_NOW), let symbol = dlsym(handle, "gvplugin_\(package)_LTX_library"),
      var apis = symbol.assumingMemoryBound(to: gvplugin_library_t.self).pointee.apis
    else { return nil }
    while var types = apis.pointee.types {
      if apis.pointee.api == api {
        while let name = types.pointee.type {
          if String(cString: name) == type { return types }
          types += 1
        }
      }
      apis += 1
    }
    return nil
  }

  /// A library of plugins, one per entry, to hand to `gvContextPlugins` under `symbolName`.
  /// Allocated once and never freed: Graphviz keeps pointers into it for the life of a context.
  static func make(name: String, plugins: [Plugin]) -> lt_symlist_t {
    let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: plugins.count + 1)
    for (index, plugin) in plugins.enumerated() {
      let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
      types[0] = gvplugin_installed_t(id: 0, type: strdup(plugin.type), quality: plugin.quality, engine: plugin.engine, features: plugin.features)
      types[1] = gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil)
      apis[index] = gvplugin_api_t(api: plugin.api, types: types)
    }
    apis[plugins.count] = gvplugin_api_t(api: api_t(rawValue: 0), types: nil)
    let library = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
    library.initialize(to: gvplugin_library_t(packagename: strdup(name), apis: apis))
    // gvContextPlugins installs the entries whose names look like this.
    return lt_symlist_t(name: UnsafePointer(strdup("gvplugin_\(name)_LTX_library")), address: UnsafeMutableRawPointer(library))
  }
}
