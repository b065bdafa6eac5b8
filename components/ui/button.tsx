import { cloneElement, isValidElement, type ButtonHTMLAttributes, type Ref } from "react";
import { cn } from "./cn";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 shadow-sm disabled:bg-brand-600/60",
  secondary: "bg-white text-ink border border-line hover:bg-slate-50 shadow-sm",
  ghost: "text-ink hover:bg-slate-100",
  danger: "bg-red-600 text-white hover:bg-red-700",
} as const;

const SIZES = { sm: "h-8 px-3 text-sm", md: "h-10 px-4 text-sm", lg: "h-12 px-6 text-base" } as const;

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** React 19 passes `ref` as a prop: it reaches the button (to move focus back to it). */
  ref?: Ref<HTMLButtonElement>;
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
  /** Render the child (e.g. a Link) with button styles. */
  asChild?: boolean;
};

export function buttonClasses(variant: keyof typeof VARIANTS = "primary", size: keyof typeof SIZES = "md") {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors",
    "disabled:cursor-not-allowed focus-visible:outline-3",
    VARIANTS[variant],
    SIZES[size],
  );
}

export function Button({ variant, size, asChild, className, type, children, ...props }: ButtonProps) {
  const classes = cn(buttonClasses(variant, size), className);
  if (asChild) {
    // The child element takes the button's props and styles (what radix's Slot did, without
    // its 2 kB in every page's JavaScript): its own props win, class names are joined.
    if (!isValidElement<{ className?: string }>(children)) throw new Error("Button asChild needs one element as its child");
    return cloneElement(children, { ...props, ...children.props, className: cn(classes, children.props.className) });
  }
  return (
    <button className={classes} type={type ?? "button"} {...props}>
      {children}
    </button>
  );
}
