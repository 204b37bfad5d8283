// Generated from specs/baichuan/taobao.baichuan.items.unsubscribe.by.condition.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.items.unsubscribe.by.condition` (根据条件删除订阅关系). */
export interface TaobaoBaichuanItemsUnsubscribeByConditionRequest {
  /** 删除条件 */
  condition?: TaobaoBaichuanItemsUnsubscribeByConditionConditionInput;
}

/** Response of `taobao.baichuan.items.unsubscribe.by.condition`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanItemsUnsubscribeByConditionResponse {
  /** 接口返回model */
  result?: TaobaoBaichuanItemsUnsubscribeByConditionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Condition` of `taobao.baichuan.items.unsubscribe.by.condition`. */
export interface TaobaoBaichuanItemsUnsubscribeByConditionConditionInput {
  /** 开始时间 */
  start_time?: DateInput;
  /** 删除个数，必填，若超过最大值报错 */
  limit: Int64Input;
  /** 对于删除，该字段无效 */
  start_id?: Int64Input;
  /** 商品状态 */
  item_status?: Int64Input;
  /** 结束时间 */
  end_time?: DateInput;
}

/** `Result` of `taobao.baichuan.items.unsubscribe.by.condition`. */
export interface TaobaoBaichuanItemsUnsubscribeByConditionResult {
  /** 分返回码返回结果 */
  result_list?: TaobaoBaichuanItemsUnsubscribeByConditionResultMeta[];
}

/** `ResultMeta` of `taobao.baichuan.items.unsubscribe.by.condition`. */
export interface TaobaoBaichuanItemsUnsubscribeByConditionResultMeta {
  /** 返回的结果 */
  data?: TaobaoBaichuanItemsUnsubscribeByConditionResultData;
  /** 返回码 */
  code?: Int64;
  /** 返回码对应文案 */
  msg?: string;
}

/** `ResultData` of `taobao.baichuan.items.unsubscribe.by.condition`. */
export interface TaobaoBaichuanItemsUnsubscribeByConditionResultData {
  /** 删除订阅关系的个数，由于接口有数量限制，故 根据count==0来判断是否全部删除完毕 */
  count?: Int64;
  /** 具体的商品id */
  data_list?: Int64[];
}

const REQUEST_SCHEMA = {
  condition: {
    start_time: 'Date',
    limit: 'Number',
    start_id: 'Number',
    item_status: 'Number',
    end_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_list: [
      {
        data: {
          count: 'Number',
          data_list: ['Number'],
        },
        code: 'Number',
        msg: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.items.unsubscribe.by.condition`: method, response root, request and response schemas. */
export const taobaoBaichuanItemsUnsubscribeByConditionOperation = {
  method: 'taobao.baichuan.items.unsubscribe.by.condition',
  responseRoot: 'baichuan_items_unsubscribe_by_condition_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据条件删除订阅关系 — calls TOP method `taobao.baichuan.items.unsubscribe.by.condition`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanItemsUnsubscribeByCondition(
  client: TopClient,
  request: TaobaoBaichuanItemsUnsubscribeByConditionRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanItemsUnsubscribeByConditionResponse> {
  return client.call<TaobaoBaichuanItemsUnsubscribeByConditionResponse>(
    {
      method: 'taobao.baichuan.items.unsubscribe.by.condition',
      responseRoot: 'baichuan_items_unsubscribe_by_condition_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
