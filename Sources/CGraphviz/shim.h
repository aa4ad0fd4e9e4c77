#ifndef ACTORGRAPH_CGRAPHVIZ_SHIM_H
#define ACTORGRAPH_CGRAPHVIZ_SHIM_H
#include <gvc.h>
#include <cgraph.h>
#include <gvplugin.h>
#include <gvplugin_textlayout.h>
#include <gvplugin_render.h>
#include <gvplugin_device.h>

// cgraph takes `char *` for strings it only reads; these helpers take `const char *` so Swift
// can pass its strings directly. Agdirected is a global, awkward to reach from Swift.

static inline Agraph_t *ag_open_directed(const char *name) { return agopen((char *)name, Agdirected, NULL); }
static inline Agnode_t *ag_node(Agraph_t *g, const char *name) { return agnode(g, (char *)name, 1); }
static inline Agedge_t *ag_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *name) {
  return agedge(g, t, h, (char *)name, 1);
}
static inline int ag_set(void *obj, const char *name, const char *value) {
  return agsafeset(obj, (char *)name, (char *)value, (char *)"");
}
/// Declares a default attribute for graphs (AGRAPH), nodes (AGNODE) or edges (AGEDGE).
static inline void ag_default(Agraph_t *g, int kind, const char *name, const char *value) {
  agattr(g, kind, (char *)name, (char *)value);
}
/// The attribute `name` of objects of `kind`, declared with an empty default if it is not yet.
static inline Agsym_t *ag_declare(Agraph_t *g, int kind, const char *name) {
  Agsym_t *sym = agattr(g, kind, (char *)name, NULL);
  return sym ? sym : agattr(g, kind, (char *)name, (char *)"");
}
static inline int ag_xset(void *obj, Agsym_t *sym, const char *value) { return agxset(obj, sym, (char *)value); }
static inline const char *ag_get(void *obj, const char *name) { return agget(obj, (char *)name); }
/// `aghead` is a macro, which Swift cannot call.
static inline Agnode_t *ag_head(Agedge_t *e) { return aghead(e); }
static inline int ag_kind_node(void) { return AGNODE; }
static inline int ag_kind_edge(void) { return AGEDGE; }
/// The directory Graphviz loads its plugins from (honouring GVBINDIR). libgvc exports it but
/// its installed headers do not declare it.
extern char *gvconfig_libdir(GVC_t *gvc);
/// Writes bytes to a render job's output. Exported by libgvc for plugins, undeclared in its headers.
extern size_t gvwrite(GVJ_t *job, const char *s, size_t len);
/// Whether the object being drawn has its label along the edge (a C bitfield).
static inline int ag_label_edge_aligned(const obj_state_t *obj) { return obj->labeledgealigned; }
/// The bold/italic/... bits of a span's font (a C bitfield).
static inline unsigned int ag_font_flags(const textfont_t *font) { return font->flags; }
#endif
