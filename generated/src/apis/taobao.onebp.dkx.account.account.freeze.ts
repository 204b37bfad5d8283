// Generated from specs/scs/taobao.onebp.dkx.account.account.freeze.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.account.account.freeze` (创建计划后支付). */
export interface TaobaoOnebpDkxAccountAccountFreezeRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxAccountAccountFreezeApiServiceContextInput;
  /** 账户信息参数 */
  account_info: TaobaoOnebpDkxAccountAccountFreezeAccountTopDtoInput;
}

/** Response of `taobao.onebp.dkx.account.account.freeze`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxAccountAccountFreezeResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxAccountAccountFreezeResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.account.account.freeze`. */
export interface TaobaoOnebpDkxAccountAccountFreezeApiServiceContextInput {
  /** api业务线编码。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `AccountTopDto` of `taobao.onebp.dkx.account.account.freeze`. */
export interface TaobaoOnebpDkxAccountAccountFreezeAccountTopDtoInput {
  /** 计划ID */
  campaign_id?: Int64Input;
}

/** `ResultDto` of `taobao.onebp.dkx.account.account.freeze`. */
export interface TaobaoOnebpDkxAccountAccountFreezeResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  result?: boolean;
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxAccountAccountFreezeResultCode;
}

/** `ResultCode` of `taobao.onebp.dkx.account.account.freeze`. */
export interface TaobaoOnebpDkxAccountAccountFreezeResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
  account_info: {
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result: 'Boolean',
    total_count: 'Number',
    message: 'String',
    result_code: {
      code: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.account.account.freeze`: method, response root, request and response schemas. */
export const taobaoOnebpDkxAccountAccountFreezeOperation = {
  method: 'taobao.onebp.dkx.account.account.freeze',
  responseRoot: 'onebp_dkx_account_account_freeze_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建计划后支付 — calls TOP method `taobao.onebp.dkx.account.account.freeze`.
 *
 * 创建计划后支付。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxAccountAccountFreeze(
  client: TopClient,
  request: TaobaoOnebpDkxAccountAccountFreezeRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxAccountAccountFreezeResponse> {
  return client.call<TaobaoOnebpDkxAccountAccountFreezeResponse>(
    {
      method: 'taobao.onebp.dkx.account.account.freeze',
      responseRoot: 'onebp_dkx_account_account_freeze_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
