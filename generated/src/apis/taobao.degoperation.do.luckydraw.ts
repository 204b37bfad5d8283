// Generated from specs/degoperation/taobao.degoperation.do.luckydraw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.degoperation.do.luckydraw` (激励抽奖). */
export interface TaobaoDegoperationDoLuckydrawRequest {
  /** 后台活动配置appkey */
  deg_app_key: string;
  /** 后台活动配置eventkey */
  deg_event_key: string;
  /** 传参信息 */
  deg_access_token: string;
  /** 前端标识 */
  source: string;
  /** 设备uuid */
  uuid: string;
  /** 参数校验 */
  param_sign?: string;
}

/** Response of `taobao.degoperation.do.luckydraw`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDegoperationDoLuckydrawResponse {
  /** result */
  result?: TaobaoDegoperationDoLuckydrawBonusResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BonusResultDto` of `taobao.degoperation.do.luckydraw`. */
export interface TaobaoDegoperationDoLuckydrawBonusResultDto {
  /** accessAmount=剩余抽奖次数，activityId=活动id，activityName=活动名称， amount=中奖个数， awardId=奖品id， empty=业务参数为空， fullDesc=奖品完整描述，groupCode=分组编码，groupDesc=分组描述， hyperlinkDesc=超链文案， hyperlinkUrl=超链url，iconUrl=奖品图片URL，name=奖品名称， price=奖品价格， priority=奖品等级，priorityName=奖品等级中文显示， recordId=记录主键id，sequenceNo=奖品唯一标识，serialNumber=加密串，对外流水号，simpleDesc=简单描述，type=奖品类型，typeName=奖品类型中文显示，unit=单位， lucky=是否中奖， totalAmount=总的抽奖次数， */
  data?: string;
  /** 是否错误 */
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
  deg_access_token: 'String',
  source: 'String',
  uuid: 'String',
  param_sign: 'String',
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

/** Static description of `taobao.degoperation.do.luckydraw`: method, response root, request and response schemas. */
export const taobaoDegoperationDoLuckydrawOperation = {
  method: 'taobao.degoperation.do.luckydraw',
  responseRoot: 'degoperation_do_luckydraw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 激励抽奖 — calls TOP method `taobao.degoperation.do.luckydraw`.
 *
 * 激励平台抽奖接口。用户可以通过接口完成抽奖功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDegoperationDoLuckydraw(
  client: TopClient,
  request: TaobaoDegoperationDoLuckydrawRequest,
  options?: CallOptions,
): Promise<TaobaoDegoperationDoLuckydrawResponse> {
  return client.call<TaobaoDegoperationDoLuckydrawResponse>(
    {
      method: 'taobao.degoperation.do.luckydraw',
      responseRoot: 'degoperation_do_luckydraw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
