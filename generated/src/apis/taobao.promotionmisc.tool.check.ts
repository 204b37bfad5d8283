// Generated from specs/promotion/taobao.promotionmisc.tool.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.tool.check` (UMP工具检测). */
export interface TaobaoPromotionmiscToolCheckRequest {
  /**
   * 工具ID, taobao.ump.tool.add成功后返回的id。
   *
   * Min value: 10
   */
  tool_id: Int64Input;
  /** 可使用的元数据。PRD审核后，会告诉isv可使用的元数据。 */
  meta_allow?: string;
}

/** Response of `taobao.promotionmisc.tool.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscToolCheckResponse {
  /** 工具审核结果。 */
  check_tool_module?: TaobaoPromotionmiscToolCheckCheckToolModule;
  /** 工具检测动作是否成功。检测是否通过请查看返回值default_model里的is_pass。 */
  is_success?: boolean;
  /** 接口调用错误信息描述。 */
  error_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CheckToolModule` of `taobao.promotionmisc.tool.check`. */
export interface TaobaoPromotionmiscToolCheckCheckToolModule {
  /** 工具是否检测通过。 */
  is_pass?: string;
  /** 工具检测结果中的错误信息。 */
  error_message?: string;
  /** 工具中已经使用的元数据。 */
  meta_def?: string;
  /** 工具审核的URL，工具检测通过后，ISV需要把该URL和工具基本信息一起提交UMP工具技术审核。 */
  check_url?: string;
}

const REQUEST_SCHEMA = {
  tool_id: 'Number',
  meta_allow: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  check_tool_module: {
    is_pass: 'String',
    error_message: 'String',
    meta_def: 'String',
    check_url: 'String',
  },
  is_success: 'Boolean',
  error_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.tool.check`: method, response root, request and response schemas. */
export const taobaoPromotionmiscToolCheckOperation = {
  method: 'taobao.promotionmisc.tool.check',
  responseRoot: 'promotionmisc_tool_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * UMP工具检测 — calls TOP method `taobao.promotionmisc.tool.check`.
 *
 * UMP工具检测。ISV通过该接口检测（通过taobao.ump.tool.add）创建的UMP工具（tool）是否符合规范，如果不符合，则返回错误信息和对应的解决方案的；工具检测通过后才可以提交工具审核邮件，提交工具审核时，需提供该接口的返回值。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscToolCheck(
  client: TopClient,
  request: TaobaoPromotionmiscToolCheckRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscToolCheckResponse> {
  return client.call<TaobaoPromotionmiscToolCheckResponse>(
    {
      method: 'taobao.promotionmisc.tool.check',
      responseRoot: 'promotionmisc_tool_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
