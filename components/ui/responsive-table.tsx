import type { HTMLAttributes, ReactNode, TableHTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/*
 * A data table that is a real table from `sm` up and one card per row below it (the CSS is
 * `.card-table` in app/globals.css: markup only, no script, so server pages stay free of JS).
 *
 * On a phone each row is a card: its row header (the student, the quiz) is the card's heading,
 * every other cell shows its column's name beside the value ("Status  Submitted"), and a cell
 * marked `actions` holds the row's buttons at the foot of the card. The header row is dropped
 * there; the label is generated content, which is part of the cell's accessible name, so a
 * screen reader reads each label with its value.
 *
 * The explicit roles look redundant but are the point: changing a table's `display` makes some
 * browsers (WebKit) drop its table semantics, and the roles keep table → row → cell for them.
 */

export function CardTable({ className, ...props }: TableHTMLAttributes<HTMLTableElement>) {
  return <table role="table" className={cn("card-table", className)} {...props} />;
}

export function CardTableHead(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead role="rowgroup" {...props} />;
}

export function CardTableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody role="rowgroup" {...props} />;
}

export function CardRow(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr role="row" {...props} />;
}

export function ColumnHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" role="columnheader" {...props} />;
}

/** The row's key (a name, a title): the heading of its card on a phone. */
export function RowHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" role="rowheader" {...props} />;
}

type CellProps = Omit<TdHTMLAttributes<HTMLTableCellElement>, "children"> & {
  /** The column's name, shown beside the value on a phone; say it as the column header does. */
  label?: string;
  /** The row's buttons or links: the foot of the card on a phone, without a label. */
  actions?: boolean;
  children?: ReactNode;
};

export function Cell({ label, actions, children, ...props }: CellProps) {
  return (
    <td role="cell" data-label={actions ? undefined : label} data-card={actions ? "actions" : undefined} {...props}>
      {/* One box for the value, so the card can put it opposite its label however many parts it has. */}
      {label && !actions ? <div className="card-value">{children}</div> : children}
    </td>
  );
}
