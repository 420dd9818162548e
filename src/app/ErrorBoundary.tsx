import type { ReactNode } from 'react';
import { Component } from 'react';

interface State {
  readonly error: Error | null;
}

/** Keeps a render bug from blanking the page: says what broke and offers to try again. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="app-error" role="alert">
        <h2>Something went wrong while drawing the timeline.</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
