// Generated from specs/simba/taobao.universalbp.account.get.balance.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.account.get.balance` (获取账户余额，现金余额). */
export interface TaobaoUniversalbpAccountGetBalanceRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpAccountGetBalanceTopServiceContextInput;
}

/** Response of `taobao.universalbp.account.get.balance`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpAccountGetBalanceResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpAccountGetBalanceTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.account.get.balance`. */
export interface TaobaoUniversalbpAccountGetBalanceTopServiceContextInput {
  /** api业务线编码,查询账户余额bizCode必须是universalBP */
  biz_code: string;
}

/** `TopResult` of `taobao.universalbp.account.get.balance`. */
export interface TaobaoUniversalbpAccountGetBalanceTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpAccountGetBalanceTopInfo;
  /** 结果集 */
  top_account_balance_v_o?: TaobaoUniversalbpAccountGetBalanceTopAccountBalanceVo;
}

/** `TopInfo` of `taobao.universalbp.account.get.balance`. */
export interface TaobaoUniversalbpAccountGetBalanceTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopAccountBalanceVo` of `taobao.universalbp.account.get.balance`. */
export interface TaobaoUniversalbpAccountGetBalanceTopAccountBalanceVo {
  /** 账户实时现金余额 */
  rt_cash_balance?: string;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    top_account_balance_v_o: {
      rt_cash_balance: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.account.get.balance`: method, response root, request and response schemas. */
export const taobaoUniversalbpAccountGetBalanceOperation = {
  method: 'taobao.universalbp.account.get.balance',
  responseRoot: 'universalbp_account_get_balance_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取账户余额，现金余额 — calls TOP method `taobao.universalbp.account.get.balance`.
 *
 * 获取账户实时现金余额
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpAccountGetBalance(
  client: TopClient,
  request: TaobaoUniversalbpAccountGetBalanceRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpAccountGetBalanceResponse> {
  return client.call<TaobaoUniversalbpAccountGetBalanceResponse>(
    {
      method: 'taobao.universalbp.account.get.balance',
      responseRoot: 'universalbp_account_get_balance_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
