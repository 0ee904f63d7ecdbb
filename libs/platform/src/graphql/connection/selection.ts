import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function mentions(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return mentions(selection.selectionSet, name, info);
    const fragment = info.fragments[selection.name.value];
    return mentions(fragment?.selectionSet, name, info);
  });
}

/** Whether the client asked for a direct sub-field (e.g. `totalCount`), so costly ones are computed only when wanted. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => mentions(node.selectionSet, name, info));
}

function fieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, info);
    return fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info);
  });
}

/**
 * Whether the client asked for a nested field by its path below the current one, e.g.
 * `['edges', 'node', 'actor']` on a connection, so its data can be loaded ahead with the page.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((node) => fieldsNamed(node.selectionSet, name, info));
    if (nodes.length === 0) return false;
  }
  return true;
}
