// Generated from specs/tmc/taobao.tmc.message.produce.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.tmc.message.produce` (发布单条消息). */
export interface TaobaoTmcMessageProduceRequest {
  /**
   * 消息内容的JSON表述，必须按照topic的定义来填充
   *
   * Max length: 122880
   */
  content: string;
  /** 目标分组，一般为default */
  target_group?: string;
  /**
   * 消息类型
   *
   * Max length: 256
   */
  topic: string;
  /**
   * 回传的文件内容，目前仅支持jpg,png,bmp,gif,pdf类型的文件，文件最大1M。只有消息中有byte[]类型的数据时，才需要传此字段; 否则不需要传此字段。
   *
   * Max length: 1048576
   */
  media_content?: TopFile;
  /**
   * 回传的文件内容，目前仅支持jpg,png,bmp,gif,pdf类型的文件，文件最大1M。只有消息中有byte[]类型的数据时，才需要传此字段; 否则不需要传此字段。具体对应到沙体中的什么值，请参考消息字段说明。
   *
   * Max length: 1048576
   */
  media_content2?: TopFile;
  /**
   * 回传的文件内容，目前仅支持jpg,png,bmp,gif,pdf类型的文件，文件最大1M。只有消息中有byte[]类型的数据时，才需要传此字段; 否则不需要传此字段。具体对应到沙体中的什么值，请参考消息字段说明。
   *
   * Max length: 1048576
   */
  media_content3?: TopFile;
  /**
   * 回传的文件内容，目前仅支持jpg,png,bmp,gif,pdf类型的文件，文件最大1M。只有消息中有byte[]类型的数据时，才需要传此字段; 否则不需要传此字段。具体对应到沙体中的什么值，请参考消息字段说明。
   *
   * Max length: 1048576
   */
  media_content5?: TopFile;
  /**
   * 回传的文件内容，目前仅支持jpg,png,bmp,gif,pdf类型的文件，文件最大1M。只有消息中有byte[]类型的数据时，才需要传此字段; 否则不需要传此字段。具体对应到沙体中的什么值，请参考消息字段说明。
   *
   * Max length: 1048576
   */
  media_content4?: TopFile;
  /** 延时参数 时间戳 预期发送时间 */
  delay_millis?: Int64Input;
  /** 提前过期 相对时间差 毫秒 */
  expires_millis?: Int64Input;
}

/** Response of `taobao.tmc.message.produce`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmcMessageProduceResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 投递目标数 */
  total?: Int64;
  /** 消息ID */
  msg_ids?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  content: 'String',
  target_group: 'String',
  topic: 'String',
  media_content: 'byte[]',
  media_content2: 'byte[]',
  media_content3: 'byte[]',
  media_content5: 'byte[]',
  media_content4: 'byte[]',
  delay_millis: 'Number',
  expires_millis: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  total: 'Number',
  msg_ids: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmc.message.produce`: method, response root, request and response schemas. */
export const taobaoTmcMessageProduceOperation = {
  method: 'taobao.tmc.message.produce',
  responseRoot: 'tmc_message_produce_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发布单条消息 — calls TOP method `taobao.tmc.message.produce`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmcMessageProduce(
  client: TopClient,
  request: TaobaoTmcMessageProduceRequest,
  options?: CallOptions,
): Promise<TaobaoTmcMessageProduceResponse> {
  return client.call<TaobaoTmcMessageProduceResponse>(
    {
      method: 'taobao.tmc.message.produce',
      responseRoot: 'tmc_message_produce_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
