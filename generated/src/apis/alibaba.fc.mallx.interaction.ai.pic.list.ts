// Generated from specs/interact/alibaba.fc.mallx.interaction.ai.pic.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fc.mallx.interaction.ai.pic.list` (花园ai作画定制查询). */
export interface AlibabaFcMallxInteractionAiPicListRequest {
  /** openid */
  openid?: string;
  /** openid */
  open_id?: string;
  /** appKey */
  app_id?: string;
  /** 商品信息 */
  param?: AlibabaFcMallxInteractionAiPicListInteractiveTopItemParamInput;
}

/** Response of `alibaba.fc.mallx.interaction.ai.pic.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFcMallxInteractionAiPicListResponse {
  /** 返回结果 */
  result?: AlibabaFcMallxInteractionAiPicListResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InteractiveTopItemParam` of `alibaba.fc.mallx.interaction.ai.pic.list`. */
export interface AlibabaFcMallxInteractionAiPicListInteractiveTopItemParamInput {
  /** 商品ID */
  item_id?: Int64Input;
  /** skuId */
  sku?: Int64Input;
  /** 购买数量 */
  quantity?: Int64Input;
  /** url中的自定义参数 */
  out_key?: string;
}

/** `Response` of `alibaba.fc.mallx.interaction.ai.pic.list`. */
export interface AlibabaFcMallxInteractionAiPicListResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 结果code */
  code?: string;
  /** 结果信息 */
  desc?: string;
  /** traceId */
  trace_id?: string;
  /** 结果数据 */
  data?: string;
}

const REQUEST_SCHEMA = {
  openid: 'String',
  open_id: 'String',
  app_id: 'String',
  param: {
    item_id: 'Number',
    sku: 'Number',
    quantity: 'Number',
    out_key: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    code: 'String',
    desc: 'String',
    trace_id: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fc.mallx.interaction.ai.pic.list`: method, response root, request and response schemas. */
export const alibabaFcMallxInteractionAiPicListOperation = {
  method: 'alibaba.fc.mallx.interaction.ai.pic.list',
  responseRoot: 'alibaba_fc_mallx_interaction_ai_pic_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 花园ai作画定制查询 — calls TOP method `alibaba.fc.mallx.interaction.ai.pic.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFcMallxInteractionAiPicList(
  client: TopClient,
  request: AlibabaFcMallxInteractionAiPicListRequest = {},
  options?: CallOptions,
): Promise<AlibabaFcMallxInteractionAiPicListResponse> {
  return client.call<AlibabaFcMallxInteractionAiPicListResponse>(
    {
      method: 'alibaba.fc.mallx.interaction.ai.pic.list',
      responseRoot: 'alibaba_fc_mallx_interaction_ai_pic_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
