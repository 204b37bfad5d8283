// Generated from specs/degoperation/taobao.degoperation.get.info.uuid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.degoperation.get.info.uuid` (根据uuid用户抽奖次数限制). */
export interface TaobaoDegoperationGetInfoUuidRequest {
  /** 活动后台配置eventkey */
  deg_app_key: string;
  /** 活动后台配置appkey */
  deg_event_key: string;
  /** 设备id */
  uuid: string;
}

/** Response of `taobao.degoperation.get.info.uuid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDegoperationGetInfoUuidResponse {
  /** result */
  result?: TaobaoDegoperationGetInfoUuidBonusResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BonusResultDto` of `taobao.degoperation.get.info.uuid`. */
export interface TaobaoDegoperationGetInfoUuidBonusResultDto {
  /** availableAccessAmount=可以抽奖次数， degPointTotal=该用户数娱积分余额， accessAmount=用户可以免费抽奖次数，activityId=抽奖活动id,activityUrl=H5活动页面地址,consumeAmount=积分/金牌消耗, description=活动描述,endTime=活动结束时间,eventKey=活动eventKey, luckyChannel=抽奖渠道移动终端渠道=1，TV魔盒/魔方/OTT=2，全部=3,luckyType=抽奖类型抽奖类型 免费型=1，消耗型=2，混合型=3,name=活动名称,startTime=活动开始时间 */
  data?: string;
  /** error */
  error?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  deg_app_key: 'String',
  deg_event_key: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    error: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.degoperation.get.info.uuid`: method, response root, request and response schemas. */
export const taobaoDegoperationGetInfoUuidOperation = {
  method: 'taobao.degoperation.get.info.uuid',
  responseRoot: 'degoperation_get_info_uuid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据uuid用户抽奖次数限制 — calls TOP method `taobao.degoperation.get.info.uuid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDegoperationGetInfoUuid(
  client: TopClient,
  request: TaobaoDegoperationGetInfoUuidRequest,
  options?: CallOptions,
): Promise<TaobaoDegoperationGetInfoUuidResponse> {
  return client.call<TaobaoDegoperationGetInfoUuidResponse>(
    {
      method: 'taobao.degoperation.get.info.uuid',
      responseRoot: 'degoperation_get_info_uuid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
