// Generated from specs/tbk/taobao.tbk.sc.publisher.info.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.publisher.info.save` (淘宝客-公用-私域用户备案). */
export interface TaobaoTbkScPublisherInfoSaveRequest {
  /** 渠道备案 - 来源，取链接的来源 */
  relation_from?: string;
  /** 渠道备案 - 线下场景信息，1 - 门店，2- 学校，3 - 工厂，4 - 其他 */
  offline_scene?: string;
  /** 渠道备案 - 线上场景信息，1 - 微信群，2- QQ群，3 - 其他 */
  online_scene?: string;
  /** 淘宝客邀请渠道或会员的邀请码 */
  inviter_code: string;
  /** 类型，必选 默认为1: */
  info_type: Int64Input;
  /** 媒体侧渠道备注 */
  note?: string;
  /** 线下备案注册信息,字段包含: 电话号码(phoneNumber，必填),省(province,必填),市(city,必填),区县街道(location,必填),详细地址(detailAddress,必填),经营类型(career,线下个人必填),店铺类型(shopType,线下店铺必填),店铺名称(shopName,线下店铺必填),店铺证书类型(shopCertifyType,线下店铺选填),店铺证书编号(certifyNumber,线下店铺选填) */
  register_info?: string;
}

/** Response of `taobao.tbk.sc.publisher.info.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScPublisherInfoSaveResponse {
  /** data */
  data?: TaobaoTbkScPublisherInfoSaveData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `taobao.tbk.sc.publisher.info.save`. */
export interface TaobaoTbkScPublisherInfoSaveData {
  /** 渠道关系ID */
  relation_id?: Int64;
  /** 渠道昵称 */
  account_name?: string;
  /** 会员运营ID */
  special_id?: Int64;
  /** 如果重复绑定会提示：”重复绑定渠道“或”重复绑定粉丝“ */
  desc?: string;
}

const REQUEST_SCHEMA = {
  relation_from: 'String',
  offline_scene: 'String',
  online_scene: 'String',
  inviter_code: 'String',
  info_type: 'Number',
  note: 'String',
  register_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    relation_id: 'Number',
    account_name: 'String',
    special_id: 'Number',
    desc: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.publisher.info.save`: method, response root, request and response schemas. */
export const taobaoTbkScPublisherInfoSaveOperation = {
  method: 'taobao.tbk.sc.publisher.info.save',
  responseRoot: 'tbk_sc_publisher_info_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-私域用户备案 — calls TOP method `taobao.tbk.sc.publisher.info.save`.
 *
 * 通过入参渠道管理或会员运营管理的邀请码，生成渠道id或会员运营id，完成渠道或会员的备案。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScPublisherInfoSave(
  client: TopClient,
  request: TaobaoTbkScPublisherInfoSaveRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScPublisherInfoSaveResponse> {
  return client.call<TaobaoTbkScPublisherInfoSaveResponse>(
    {
      method: 'taobao.tbk.sc.publisher.info.save',
      responseRoot: 'tbk_sc_publisher_info_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
