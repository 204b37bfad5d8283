// Generated from specs/omniorder/taobao.omniorder.item.tag.operate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.item.tag.operate` (全渠道商品打标与去标). */
export interface TaobaoOmniorderItemTagOperateRequest {
  /** 商品ID */
  item_id: Int64Input;
  /**
   * 商品标,storeDeliver代表门店发货, AllocateByFront代表前置拆单, storeCollect代表门店自提
   *
   * Max list size: 20
   */
  types: string[];
  /** 操作状态， 填 1 代表打标，填 -1 代表去标 */
  status: Int64Input;
  /** 分单&接单设置 */
  omni_setting?: TaobaoOmniorderItemTagOperateOmniSettingDtoInput;
}

/** Response of `taobao.omniorder.item.tag.operate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderItemTagOperateResponse {
  /** code 不为 0时有值，代表异常信息 */
  message?: string;
  /** 0 正常，否则异常 */
  code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmniSettingDto` of `taobao.omniorder.item.tag.operate`. */
export interface TaobaoOmniorderItemTagOperateOmniSettingDtoInput {
  /** 接单系统，填 0 代表店掌柜，填 1 代表 POS */
  accepted_system?: Int64Input;
  /** 分单系统，填 astrolabe 代表阿里分单，填 RDS的 appkey 代表自行分单 */
  allocated_system?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  types: ['String'],
  status: 'Number',
  omni_setting: {
    accepted_system: 'Number',
    allocated_system: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.item.tag.operate`: method, response root, request and response schemas. */
export const taobaoOmniorderItemTagOperateOperation = {
  method: 'taobao.omniorder.item.tag.operate',
  responseRoot: 'omniorder_item_tag_operate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道商品打标与去标 — calls TOP method `taobao.omniorder.item.tag.operate`.
 *
 * 用于对全渠道商品进行打标、去标（门店发货标，门店自提标，前置拆单标）操作。另外还包括增加、删除、修改分单系统，接单系统配置。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderItemTagOperate(
  client: TopClient,
  request: TaobaoOmniorderItemTagOperateRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderItemTagOperateResponse> {
  return client.call<TaobaoOmniorderItemTagOperateResponse>(
    {
      method: 'taobao.omniorder.item.tag.operate',
      responseRoot: 'omniorder_item_tag_operate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
