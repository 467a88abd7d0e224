/// What the template checks know about a value a view model field holds.
extension ViewModel {
    /// Each field's name with the type of value it holds.
    static var fieldTypes: [String: Any.Type] {
        fields.mapValues { type(of: $0 as AnyKeyPath).valueType }
    }
}

/// A type that wraps the values a section iterates or unwraps: optionals and arrays.
protocol TemplateValueWrapper {
    /// The wrapped type.
    static var wrappedType: Any.Type { get }
}

extension Optional: TemplateValueWrapper {
    static var wrappedType: Any.Type { Wrapped.self }
}

extension Array: TemplateValueWrapper {
    static var wrappedType: Any.Type { Element.self }
}

/// Looks up template names on the view model types a template renders with.
enum TemplateFields {
    /// The view model inside `type`'s optionals and arrays, or nil for text, numbers and flags.
    static func viewModel(in type: Any.Type) -> (any ViewModel.Type)? {
        var current = type
        while let wrapper = current as? any TemplateValueWrapper.Type { current = wrapper.wrappedType }
        return current as? any ViewModel.Type
    }

    /// The type `name` (possibly dotted: `organization.url`) resolves to on `stack`, innermost first;
    /// nil when no view model on the stack provides it.
    static func resolve(_ name: String, on stack: [any ViewModel.Type]) -> Any.Type? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        guard var found = stack.reversed().lazy.compactMap({ $0.fieldTypes[first] }).first else { return nil }
        for part in parts.dropFirst() {
            // Past text or numbers nothing more is known; swift-mustache would render it empty.
            guard let model = viewModel(in: found), let next = model.fieldTypes[part] else { return nil }
            found = next
        }
        return found
    }
}
