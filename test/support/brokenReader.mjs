// TEST-ONLY: a reading thread that cannot start (its script fails as it loads), before it reads anything.
throw new Error('the reading thread’s script could not be loaded');
