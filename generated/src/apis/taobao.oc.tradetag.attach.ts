// Generated from specs/jst/taobao.oc.tradetag.attach.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oc.tradetag.attach` (订单打标或者订单标签更新). */
export interface TaobaoOcTradetagAttachRequest {
  /** 标签名称 */
  tag_name: string;
  /** 标签类型 1：官方标签 2：自定义标签 */
  tag_type?: Int64Input;
  /** 标签值，json格式 */
  tag_value: string;
  /** 订单id */
  tid: Int64Input;
  /** 该标签在消费者端是否显示,0:不显示,1：显示 */
  visible?: Int64Input;
}

/** Response of `taobao.oc.tradetag.attach`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOcTradetagAttachResponse {
  /** 操作成功或者操作失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_name: 'String',
  tag_type: 'Number',
  tag_value: 'String',
  tid: 'Number',
  visible: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.oc.tradetag.attach`: method, response root, request and response schemas. */
export const taobaoOcTradetagAttachOperation = {
  method: 'taobao.oc.tradetag.attach',
  responseRoot: 'oc_tradetag_attach_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单打标或者订单标签更新 — calls TOP method `taobao.oc.tradetag.attach`.
 *
 * 对订单添加标签和更新标签。标签分为官方标签和自定义标签。
 * 官方标签目前有:赠品,电子发票,收货地址变更,预售。具体格式说明请看http://open.taobao.com/doc/detail.htm?id=102731
 * 自定义标签有2个通用属性:
 * \`show_str:给消费者显示的字符串（如果可以显示的话）
 * \`pic_urls:图片url,地址必须是图片空间的url,最多5张
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOcTradetagAttach(
  client: TopClient,
  request: TaobaoOcTradetagAttachRequest,
  options?: CallOptions,
): Promise<TaobaoOcTradetagAttachResponse> {
  return client.call<TaobaoOcTradetagAttachResponse>(
    {
      method: 'taobao.oc.tradetag.attach',
      responseRoot: 'oc_tradetag_attach_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
