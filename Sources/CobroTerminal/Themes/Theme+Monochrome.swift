extension Theme {
    /// Attributes only, for terminals without colour, `NO_COLOR`, and a desk with no theme files
    /// installed. `Themes/mono.yaml` ships the same theme as an example to copy.
    public static let monochrome = Theme(name: "mono") { role in
        RoleAppearance(attributes: monochromeAttributes(of: role))
    }

    private static func monochromeAttributes(of role: ThemeRole) -> TextAttributes {
        switch role {
        case .normal, .border, .tabInactive, .dialog, .success, .bucket1to30: return []
        case .muted, .bucketCurrent: return [.dim]
        case .title, .legendKey, .warning, .bucket61to90: return [.bold]
        case .header, .bucket91to120: return [.bold, .underline]
        case .selection, .statusBar, .legendText, .bar: return [.reverse]
        case .tabActive, .error, .bucketOver120: return [.bold, .reverse]
        case .input, .bucket31to60: return [.underline]
        case .inputInvalid: return [.reverse, .underline]
        }
    }
}
