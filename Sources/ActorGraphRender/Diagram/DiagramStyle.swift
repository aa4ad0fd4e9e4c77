import ActorGraph

/// How actor types and relations look, so a reader tells them apart at a glance.
enum DiagramStyle {
  static func node(_ type: ActorType) -> [String: String] {
    switch type {
    case .state: return ["shape": "box", "style": "filled,rounded", "fillcolor": "#cfe2f3", "color": "#3d6b99"]
    case .person: return ["shape": "ellipse", "style": "filled", "fillcolor": "#fff2cc", "color": "#a68a2e"]
    case .organization: return ["shape": "tab", "style": "filled", "fillcolor": "#d9ead3", "color": "#4f7a43"]
    case .armedGroup: return ["shape": "octagon", "style": "filled", "fillcolor": "#f4cccc", "color": "#9e3a3a"]
    case .location: return ["shape": "house", "style": "filled", "fillcolor": "#eeeeee", "color": "#777777"]
    }
  }

  static func edge(_ relation: RelationKind) -> [String: String] {
    switch relation {
    case .backs: return ["color": "#2e7d32", "style": "solid", "arrowhead": "normal"]
    case .opposes: return ["color": "#c62828", "style": "solid", "arrowhead": "tee"]
    case .mediates: return ["color": "#6a1b9a", "style": "dashed", "arrowhead": "open"]
    case .meets: return ["color": "#1565c0", "style": "dotted", "dir": "none"]
    case .leads: return ["color": "#424242", "style": "solid", "arrowhead": "diamond"]
    case .partOf: return ["color": "#8d6e63", "style": "dashed", "arrowhead": "onormal"]
    }
  }

  static func typeLabel(_ type: ActorType) -> String {
    type == .armedGroup ? "armed group" : type.rawValue
  }
}
