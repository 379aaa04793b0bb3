import { execFileSync } from 'node:child_process';

/**
 * A throwaway git repository for tests of story history: commits made with a fixed author and the date
 * the test gives (so a version's time is known in advance), whatever the machine's own git settings.
 */
export interface GitRepo {
  readonly dir: string;
  /** Runs git in the repository and returns what it printed. */
  readonly git: (...args: string[]) => string;
  /** Commits everything in the folder (new, changed and removed files) at `date`; returns the commit id. */
  readonly commitAll: (message: string, date: string) => string;
}

export function gitRepo(dir: string): GitRepo {
  const git = (...args: string[]): string =>
    execFileSync(
      'git',
      ['-c', 'user.name=Standards Desk', '-c', 'user.email=desk@example.org', '-c', 'commit.gpgsign=false', ...args],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  return {
    dir,
    git,
    commitAll: (message, date) => {
      git('add', '--all', '.');
      execFileSync(
        'git',
        [
          '-c',
          'user.name=Standards Desk',
          '-c',
          'user.email=desk@example.org',
          '-c',
          'commit.gpgsign=false',
          'commit',
          '--quiet',
          '--no-verify',
          '-m',
          message,
        ],
        { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' },
      );
      return git('rev-parse', 'HEAD').trim();
    },
  };
}

/** Makes `dir` a new git repository (branch "main") and returns it. */
export function initGitRepo(dir: string): GitRepo {
  execFileSync('git', ['init', '--quiet', '--initial-branch=main', dir], { stdio: 'ignore' });
  return gitRepo(dir);
}
