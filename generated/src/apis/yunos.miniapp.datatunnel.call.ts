// Generated from specs/yunosminiapp/yunos.miniapp.datatunnel.call.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.miniapp.datatunnel.call` (车载小程序外部服务调用). */
export interface YunosMiniappDatatunnelCallRequest {
  /** 参数 */
  param?: YunosMiniappDatatunnelCallBaseRequestInput;
}

/** Response of `yunos.miniapp.datatunnel.call`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosMiniappDatatunnelCallResponse {
  /** 结果 */
  result?: YunosMiniappDatatunnelCallMapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseRequest` of `yunos.miniapp.datatunnel.call`. */
export interface YunosMiniappDatatunnelCallBaseRequestInput {
  /** 请求基础参数 */
  system_param?: YunosMiniappDatatunnelCallSystemParamInput;
  /** 请求参数 */
  biz_param?: YunosMiniappDatatunnelCallBizParamInput;
}

/** `SystemParam` of `yunos.miniapp.datatunnel.call`. */
export interface YunosMiniappDatatunnelCallSystemParamInput {
  /** 流程id，随机字符串 */
  trace_id: string;
  /** 业务码 */
  biz_code?: string;
  /** 小程序id */
  app_id: string;
  /** 更新access_token */
  modify_token?: boolean;
  /** token过期 */
  token_expired?: boolean;
  /** 授权token */
  ac_token?: string;
  /** 设备信息 */
  device_info?: string;
}

/** `BizParam` of `yunos.miniapp.datatunnel.call`. */
export interface YunosMiniappDatatunnelCallBizParamInput {
  /** 请求参数详细 */
  data?: string;
  /** 业务操作 */
  scene: string;
}

/** `MapResult` of `yunos.miniapp.datatunnel.call`. */
export interface YunosMiniappDatatunnelCallMapResult {
  /** 随机字符串 */
  trace_id?: string;
  /** 结果核心内容 */
  result?: YunosMiniappDatatunnelCallResult;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
}

/** `Result` of `yunos.miniapp.datatunnel.call`. */
export interface YunosMiniappDatatunnelCallResult {
  /** cp对应的code */
  cp_code?: string;
  /** 结果详细内容 */
  detail?: string;
}

const REQUEST_SCHEMA = {
  param: {
    system_param: {
      trace_id: 'String',
      biz_code: 'String',
      app_id: 'String',
      modify_token: 'Boolean',
      token_expired: 'Boolean',
      ac_token: 'String',
      device_info: 'String',
    },
    biz_param: {
      data: 'String',
      scene: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    result: {
      cp_code: 'String',
      detail: 'String',
    },
    success: 'Boolean',
    result_code: 'String',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.miniapp.datatunnel.call`: method, response root, request and response schemas. */
export const yunosMiniappDatatunnelCallOperation = {
  method: 'yunos.miniapp.datatunnel.call',
  responseRoot: 'yunos_miniapp_datatunnel_call_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 车载小程序外部服务调用 — calls TOP method `yunos.miniapp.datatunnel.call`.
 *
 * 对客户提供的api进行统一封装调用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosMiniappDatatunnelCall(
  client: TopClient,
  request: YunosMiniappDatatunnelCallRequest = {},
  options?: CallOptions,
): Promise<YunosMiniappDatatunnelCallResponse> {
  return client.call<YunosMiniappDatatunnelCallResponse>(
    {
      method: 'yunos.miniapp.datatunnel.call',
      responseRoot: 'yunos_miniapp_datatunnel_call_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
