// Generated from specs/tmallnr/alibaba.lsy.crm.activity.getbaseinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lsy.crm.activity.getbaseinfo` (ISV查询活动). */
export interface AlibabaLsyCrmActivityGetbaseinfoRequest {
  /** 入参 */
  nrt_query_activity_req?: AlibabaLsyCrmActivityGetbaseinfoNrtQueryActivityReqInput;
}

/** Response of `alibaba.lsy.crm.activity.getbaseinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLsyCrmActivityGetbaseinfoResponse {
  /** 返回结果 */
  result?: AlibabaLsyCrmActivityGetbaseinfoResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtQueryActivityReq` of `alibaba.lsy.crm.activity.getbaseinfo`. */
export interface AlibabaLsyCrmActivityGetbaseinfoNrtQueryActivityReqInput {
  /** 活动ID */
  activity_id: Int64Input;
}

/** `ResultDo` of `alibaba.lsy.crm.activity.getbaseinfo`. */
export interface AlibabaLsyCrmActivityGetbaseinfoResultDo {
  /** 错误信息 */
  err_msg?: string;
  /** DTO */
  data?: AlibabaLsyCrmActivityGetbaseinfoNrtCrmActivityDto;
  /** 调用是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
}

/** `NrtCrmActivityDto` of `alibaba.lsy.crm.activity.getbaseinfo`. */
export interface AlibabaLsyCrmActivityGetbaseinfoNrtCrmActivityDto {
  /** 有价券DTO */
  scene_activity_list?: AlibabaLsyCrmActivityGetbaseinfoNrtCrmSceneActivityDto[];
  /** 头图 */
  banner_url?: string;
  /** 同城站ID */
  city_id?: Int64;
  /** 活动状态 */
  status_str?: string;
  /** 结束时间 */
  end_time?: string;
  /** 开始时间 */
  start_time?: string;
  /** 活动状态 */
  status?: Int64;
  /** 卖家ID */
  seller_id?: Int64;
  /** 标题 */
  title?: string;
  /** 活动ID */
  activity_id?: Int64;
  /** 活动描述 */
  description?: string;
  /** 活动规则 */
  rule?: string;
  /** 站外页面ID */
  page_id?: Int64;
  /** 权益信息 */
  certificate_rights?: string;
  /** 电子凭证ID */
  tmp_certificate_id?: Int64;
  /** 直播信息 */
  nrt_crm_live_dto?: AlibabaLsyCrmActivityGetbaseinfoNrtCrmLiveDTO;
  /** 卖场ID */
  mall_id?: Int64;
}

/** `NrtCrmSceneActivityDto` of `alibaba.lsy.crm.activity.getbaseinfo`. */
export interface AlibabaLsyCrmActivityGetbaseinfoNrtCrmSceneActivityDto {
  /** 下挂模板DTO */
  nrt_crm_benefit_list?: AlibabaLsyCrmActivityGetbaseinfoNrtCrmBenefitDto[];
  /** 有价礼包商品价格 */
  reserve_price?: Int64;
  /** 有价礼包商品id */
  sell_gift_item_id?: Int64;
  /** 有价礼包活动状态 */
  scene_status?: Int64;
  /** 有价礼包ID */
  scene_activity_id?: Int64;
  /** 有价礼包类型Type */
  tmp_type?: string;
}

/** `NrtCrmBenefitDto` of `alibaba.lsy.crm.activity.getbaseinfo`. */
export interface AlibabaLsyCrmActivityGetbaseinfoNrtCrmBenefitDto {
  /** 限领总额 */
  total_quantity?: string;
  /** 个人限领 */
  person_limit_count?: string;
  /** uuid */
  uuid?: string;
  /** 门槛 */
  start_fee?: string;
  /** 面额 */
  face_value?: string;
  /** 券使用有效期间 */
  effective_duration?: string;
  /** 券使用结束时间 */
  effective_end_time?: string;
  /** 券使用开始时间 */
  effective_start_time?: string;
  /** 券使用时间类型 */
  effective_time_mode?: string;
  /** 券发送截止时间 */
  end_time?: string;
  /** 券发送开始时间 */
  start_time?: string;
  /** 券名称 */
  benefit_name?: string;
  /** 券模板ID */
  out_id?: Int64;
  /** 卖家id */
  seller_id?: Int64;
  /** 优惠券类型 */
  coupon_type?: Int64;
  /** 券模板权益描述 */
  benefit_description?: string;
}

/** `NrtCrmLiveDTO` of `alibaba.lsy.crm.activity.getbaseinfo`. */
export interface AlibabaLsyCrmActivityGetbaseinfoNrtCrmLiveDTO {
  /** 直播间iD */
  live_id?: Int64;
  /** 直播间标题 */
  live_title?: string;
  /** 开始时间 */
  live_start_time?: string;
  /** 结束时间 */
  live_end_time?: string;
  /** 直播间链接地址 */
  live_url?: string;
  /** 直播间状态 */
  live_status?: Int64;
  /** 直播间预告URL */
  live_fore_show?: string;
  /** 直播间封面URL */
  live_cover_url?: string;
}

const REQUEST_SCHEMA = {
  nrt_query_activity_req: {
    activity_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    data: {
      scene_activity_list: [
        {
          nrt_crm_benefit_list: [
            {
              total_quantity: 'String',
              person_limit_count: 'String',
              uuid: 'String',
              start_fee: 'String',
              face_value: 'String',
              effective_duration: 'String',
              effective_end_time: 'String',
              effective_start_time: 'String',
              effective_time_mode: 'String',
              end_time: 'Date',
              start_time: 'Date',
              benefit_name: 'String',
              out_id: 'Number',
              seller_id: 'Number',
              coupon_type: 'Number',
              benefit_description: 'String',
            },
          ],
          reserve_price: 'Number',
          sell_gift_item_id: 'Number',
          scene_status: 'Number',
          scene_activity_id: 'Number',
          tmp_type: 'String',
        },
      ],
      banner_url: 'String',
      city_id: 'Number',
      status_str: 'String',
      end_time: 'Date',
      start_time: 'Date',
      status: 'Number',
      seller_id: 'Number',
      title: 'String',
      activity_id: 'Number',
      description: 'String',
      rule: 'String',
      page_id: 'Number',
      certificate_rights: 'String',
      tmp_certificate_id: 'Number',
      nrt_crm_live_dto: {
        live_id: 'Number',
        live_title: 'String',
        live_start_time: 'Date',
        live_end_time: 'Date',
        live_url: 'String',
        live_status: 'Number',
        live_fore_show: 'String',
        live_cover_url: 'String',
      },
      mall_id: 'Number',
    },
    success: 'Boolean',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lsy.crm.activity.getbaseinfo`: method, response root, request and response schemas. */
export const alibabaLsyCrmActivityGetbaseinfoOperation = {
  method: 'alibaba.lsy.crm.activity.getbaseinfo',
  responseRoot: 'alibaba_lsy_crm_activity_getbaseinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV查询活动 — calls TOP method `alibaba.lsy.crm.activity.getbaseinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLsyCrmActivityGetbaseinfo(
  client: TopClient,
  request: AlibabaLsyCrmActivityGetbaseinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaLsyCrmActivityGetbaseinfoResponse> {
  return client.call<AlibabaLsyCrmActivityGetbaseinfoResponse>(
    {
      method: 'alibaba.lsy.crm.activity.getbaseinfo',
      responseRoot: 'alibaba_lsy_crm_activity_getbaseinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
