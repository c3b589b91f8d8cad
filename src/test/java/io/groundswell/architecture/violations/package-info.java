/** A small tree that breaks each house rule on purpose, so the rules' own test can see them fail. */
package io.groundswell.architecture.violations;
