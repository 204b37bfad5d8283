// Generated from specs/miniapp/taobao.miniapp.ext.delivery.seller.task.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.ext.delivery.seller.task.sync` (同步外投任务). */
export interface TaobaoMiniappExtDeliverySellerTaskSyncRequest {
  /** 入参 */
  seller_delivery_task?: TaobaoMiniappExtDeliverySellerTaskSyncSellerDeliveryTaskDTOInput;
}

/** Response of `taobao.miniapp.ext.delivery.seller.task.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappExtDeliverySellerTaskSyncResponse {
  /** true or false */
  successful?: boolean;
  /** 错误码 */
  error_type?: Int64;
  /** 任务id */
  model?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerDeliveryTaskDTO` of `taobao.miniapp.ext.delivery.seller.task.sync`. */
export interface TaobaoMiniappExtDeliverySellerTaskSyncSellerDeliveryTaskDTOInput {
  /** 扩展参数 */
  ext_properties?: string;
  /** 渠道id */
  channel: string;
  /** 创建渠道。创建渠道。"PRIVATE_DOMAIN", "私域工作台"；"ISV_SCRM", "服务商SCRM"；"OTHER", "其他" */
  source: string;
  /** 子渠道场景，比如新品发布、自定义种草 */
  sub_channel?: string;
  /** 任务名称 */
  task_name: string;
  /** 策略id */
  strategy_id: Int64Input;
  /** 服务商的out id */
  out_id: string;
  /** 任务状态。"INIT", "未执行"; "TEMP", "草稿态"; "SENDING", "执行中"; "DONE", "已执行"; "CANCEL", "已终止" */
  task_status: string;
}

const REQUEST_SCHEMA = {
  seller_delivery_task: {
    ext_properties: 'String',
    channel: 'String',
    source: 'String',
    sub_channel: 'String',
    task_name: 'String',
    strategy_id: 'Number',
    out_id: 'String',
    task_status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  successful: 'Boolean',
  error_type: 'Number',
  model: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.ext.delivery.seller.task.sync`: method, response root, request and response schemas. */
export const taobaoMiniappExtDeliverySellerTaskSyncOperation = {
  method: 'taobao.miniapp.ext.delivery.seller.task.sync',
  responseRoot: 'miniapp_ext_delivery_seller_task_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步外投任务 — calls TOP method `taobao.miniapp.ext.delivery.seller.task.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappExtDeliverySellerTaskSync(
  client: TopClient,
  request: TaobaoMiniappExtDeliverySellerTaskSyncRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappExtDeliverySellerTaskSyncResponse> {
  return client.call<TaobaoMiniappExtDeliverySellerTaskSyncResponse>(
    {
      method: 'taobao.miniapp.ext.delivery.seller.task.sync',
      responseRoot: 'miniapp_ext_delivery_seller_task_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
