/// The views that scroll by lines rather than by a selected row.
public enum ScrollArea: Sendable, Hashable, CaseIterable {
    case detail
    case help
}
