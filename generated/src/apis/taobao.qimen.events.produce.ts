// Generated from specs/util/taobao.qimen.events.produce.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.events.produce` (批量发送奇门事件). */
export interface TaobaoQimenEventsProduceRequest {
  /**
   * 奇门事件列表, 最多50条
   *
   * Max list size: 50
   */
  messages: TaobaoQimenEventsProduceQimenEventInput[];
}

/** Response of `taobao.qimen.events.produce`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenEventsProduceResponse {
  /** 是否全部成功 */
  is_all_success?: boolean;
  /** 发送结果，与发送时的参数顺序一致。如果is_all_success为true时，不用校验result是否成功 */
  results?: TaobaoQimenEventsProduceQimenResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QimenEvent` of `taobao.qimen.events.produce`. */
export interface TaobaoQimenEventsProduceQimenEventInput {
  /** 奇门事件对象 */
  event?: TaobaoQimenEventsProduceEventInput;
}

/** `Event` of `taobao.qimen.events.produce`. */
export interface TaobaoQimenEventsProduceEventInput {
  /** 淘宝订单号 */
  tid: string;
  /** 扩展属性 */
  ext?: string;
  /** 事件状态，如QIMEN_ERP_TRANSFER，QIMEN_ERP_CHECK */
  status: string;
  /** 商家平台编码.MAIN:官方渠道,JD:京东,DD:当当,PP:拍拍,YX:易讯,EBAY:ebay,AMAZON:亚马逊,SN:苏宁,GM:国美,WPH:唯品会,JM:聚美,MGJ:蘑菇街,YT:银泰,YHD:1号店,1688:1688,POS:POS门店,OTHER:其他 */
  platform?: string;
  /** 订单创建时间,数字 */
  create?: Int64Input;
  /** 外部商家名称。必须同时填写platform */
  nick?: string;
  /** 主单号对应的erp单号，转单、审单、通知配货、出库 需要填。拆单、合单场景下不用填 */
  erp_order_id?: string;
  /** 淘宝子订单id（拆单、合单场景下不用填，其他场景需要回传,用英文逗号隔开） */
  taobao_sub_order_ids?: string;
  /** 触发事件的时间 */
  event_time?: string;
}

/** `QimenResult` of `taobao.qimen.events.produce`. */
export interface TaobaoQimenEventsProduceQimenResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  messages: [
    {
      event: {
        tid: 'String',
        ext: 'String',
        status: 'String',
        platform: 'String',
        create: 'Number',
        nick: 'String',
        erp_order_id: 'String',
        taobao_sub_order_ids: 'String',
        event_time: 'String',
      },
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_all_success: 'Boolean',
  results: [
    {
      error_code: 'String',
      error_message: 'String',
      is_success: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.events.produce`: method, response root, request and response schemas. */
export const taobaoQimenEventsProduceOperation = {
  method: 'taobao.qimen.events.produce',
  responseRoot: 'qimen_events_produce_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量发送奇门事件 — calls TOP method `taobao.qimen.events.produce`.
 *
 * 批量发送消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenEventsProduce(
  client: TopClient,
  request: TaobaoQimenEventsProduceRequest,
  options?: CallOptions,
): Promise<TaobaoQimenEventsProduceResponse> {
  return client.call<TaobaoQimenEventsProduceResponse>(
    {
      method: 'taobao.qimen.events.produce',
      responseRoot: 'qimen_events_produce_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
