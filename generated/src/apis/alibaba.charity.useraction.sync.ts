// Generated from specs/charity/alibaba.charity.useraction.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.useraction.sync` (用户公益行为同步). */
export interface AlibabaCharityUseractionSyncRequest {
  /** 用户公益行为 */
  channel_user_action_dto: AlibabaCharityUseractionSyncChannelUserActionDtoInput;
}

/** Response of `alibaba.charity.useraction.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityUseractionSyncResponse {
  /** 结果 */
  result?: AlibabaCharityUseractionSyncThreehoursResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChannelUserActionDto` of `alibaba.charity.useraction.sync`. */
export interface AlibabaCharityUseractionSyncChannelUserActionDtoInput {
  /** 活动ID */
  activity_id: Int64Input;
  /** 唯一的动作ID,渠道范围内唯一，幂等控制 */
  event_id: string;
  /** 淘宝ID */
  tb_user_id?: Int64Input;
  /** 做公益当时的时间戳 */
  timestamp_long?: Int64Input;
  /** 公益类型子代码 */
  charity_type_sub_code?: string;
  /** 是否强制报名活动，默认false */
  fore_reg_activity?: boolean;
  /** 扩展属性 */
  features_map?: string;
  /** 公益感言 */
  feeling?: string;
  /** 做公益当时的时间 */
  charity_timestamp: DateInput;
  /** 原生公益行为内容，JSON */
  ori_content?: string;
  /** 三方用户标识 */
  third_user_key?: string;
  /** 版本 */
  version?: string;
}

/** `ThreehoursResult` of `alibaba.charity.useraction.sync`. */
export interface AlibabaCharityUseractionSyncThreehoursResult {
  /** 消息 */
  msg?: string;
  /** 错误码 */
  code?: Int64;
  /** 结果 */
  data?: AlibabaCharityUseractionSyncUserActionSyncResult;
  /** 是否成功 */
  success?: boolean;
}

/** `UserActionSyncResult` of `alibaba.charity.useraction.sync`. */
export interface AlibabaCharityUseractionSyncUserActionSyncResult {
  /** 唯一的事件ID */
  event_id?: string;
  /** 本次同步获得的公益时 */
  charity_hours?: string;
}

const REQUEST_SCHEMA = {
  channel_user_action_dto: {
    activity_id: 'Number',
    event_id: 'String',
    tb_user_id: 'Number',
    timestamp_long: 'Number',
    charity_type_sub_code: 'String',
    fore_reg_activity: 'Boolean',
    features_map: 'String',
    feeling: 'String',
    charity_timestamp: 'Date',
    ori_content: 'String',
    third_user_key: 'String',
    version: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'Number',
    data: {
      event_id: 'String',
      charity_hours: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.charity.useraction.sync`: method, response root, request and response schemas. */
export const alibabaCharityUseractionSyncOperation = {
  method: 'alibaba.charity.useraction.sync',
  responseRoot: 'alibaba_charity_useraction_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户公益行为同步 — calls TOP method `alibaba.charity.useraction.sync`.
 *
 * 外部公益活动，用户公益行为同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityUseractionSync(
  client: TopClient,
  request: AlibabaCharityUseractionSyncRequest,
  options?: CallOptions,
): Promise<AlibabaCharityUseractionSyncResponse> {
  return client.call<AlibabaCharityUseractionSyncResponse>(
    {
      method: 'alibaba.charity.useraction.sync',
      responseRoot: 'alibaba_charity_useraction_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
