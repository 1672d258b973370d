/** The program that renders every bundle: {@code generate}, {@code validate}, {@code diff}. */
package com.carbon254.observability.cli;
