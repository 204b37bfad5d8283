// Generated from specs/tbk/taobao.tbk.privilege.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.privilege.get` (淘宝客-服务商-单品券高效转链). */
export interface TaobaoTbkPrivilegeGetRequest {
  /** 推广位id，mm_xx_xx_xx pid三段式中的第三段 */
  adzone_id: Int64Input;
  /** 1：PC，2：无线，默认：１ */
  platform?: Int64Input;
  /** 备案的网站id, mm_xx_xx_xx pid三段式中的第二段 */
  site_id: Int64Input;
  /** 渠道关系ID，仅适用于渠道推广场景（如是主站选品推广场景，必须入参该字段，且bizSceneId字段需入参2-消费者比价场景，否则二次转链失败） */
  relation_id?: string;
  /** 会员运营ID */
  special_id?: string;
  /** 淘宝客外部用户标记，如自身系统账户ID；微信ID等 */
  external_id?: string;
  /** 团长与下游渠道合作的特殊标识，用于统计渠道推广效果 */
  xid?: string;
  /** 会员人群ID，用于统计人群推广效果 */
  ucrowd_id?: Int64Input;
  /** 是否获取前N件佣金 ,0-否，1-是,其他值-否 */
  get_topn_rate?: Int64Input;
  /** 是否需要获取小程序链接，需要设置1。(暂未对外开放) */
  mini_program_link?: Int64Input;
  /** 商品ID */
  item_id?: string;
  /** 1-自购省，2-推广赚（代理模式专属ID，代理模式必填，非代理模式不用填写该字段） */
  promotion_type?: string;
  /** 1-动态ID转链场景，2-消费者比价场景，3-商品库导购场景（不填默认为1） */
  biz_scene_id?: string;
  /** 商品库服务账户(场景id3权限对应的memberid） */
  manage_item_pub_id?: Int64Input;
  /** 入参商品id下的skuid，传入时会透传至转链结果url中 */
  sku_id?: Int64Input;
}

/** Response of `taobao.tbk.privilege.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkPrivilegeGetResponse {
  /** result */
  result?: TaobaoTbkPrivilegeGetRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpcResult` of `taobao.tbk.privilege.get`. */
export interface TaobaoTbkPrivilegeGetRpcResult {
  /** data */
  data?: TaobaoTbkPrivilegeGetMaterialDto;
}

/** `MaterialDto` of `taobao.tbk.privilege.get`. */
export interface TaobaoTbkPrivilegeGetMaterialDto {
  /** 优惠券剩余量 */
  coupon_remain_count?: Int64;
  /** 优惠券总量 */
  coupon_total_count?: Int64;
  /** 优惠券面额 */
  coupon_info?: string;
  /** 优惠券结束时间 */
  coupon_end_time?: string;
  /** 优惠券开始时间 */
  coupon_start_time?: string;
  /** 优惠券(商品优惠券推广链接中的券)类型，1 公开券，2 私有券，3 妈妈券 */
  coupon_type?: Int64;
  /** 商品优惠券推广链接 */
  coupon_click_url?: string;
  /** 后台一级类目 */
  category_id?: Int64;
  /** 当不入参special_id、relation_id、external_id时，展示常规佣金率(%) */
  max_commission_rate?: string;
  /** 商品淘客链接 */
  item_url?: string;
  /** 预售有礼-推广链接 */
  ysyl_click_url?: string;
  /** 预售有礼-预估淘礼金（元） */
  ysyl_tlj_face?: string;
  /** 预售有礼-淘礼金发放时间 */
  ysyl_tlj_send_time?: string;
  /** 预售有礼-淘礼金使用开始时间 */
  ysyl_tlj_use_start_time?: string;
  /** 预售有礼-佣金比例（%）（ 预售有礼活动享受的推广佣金比例，注：推广该活动有特殊分成规则，请详见：https://tbk.bbs.taobao.com/detail.html?appId=45301&postId=9334376 ） */
  ysyl_commission_rate?: string;
  /** 预售有礼-淘礼金使用结束时间 */
  ysyl_tlj_use_end_time?: string;
  /** 当入参special_id、relation_id、external_id时，该字段展示预估最低佣金率(%) */
  min_commission_rate?: string;
  /** 比价场景专用，当系统检测到入参消费者ID购买当前商品会获得《天天开彩蛋》玩法的彩蛋时，该字段显示1，否则为0 */
  reward_info?: Int64;
  /** 前N件佣金信息-当入参get_topn_rate=1，前N件佣金生效且最高，透出该组字段 */
  topn_info?: TaobaoTbkPrivilegeGetStepRateDto;
  /** 小程序链接(暂未对外开放) */
  mini_program?: TaobaoTbkPrivilegeGetMiniProgramDto;
  /** 商品ID */
  item_id?: string;
  /** 转链成功的场景下，需要补充说明的信息 */
  extra_info?: string;
}

/** `StepRateDto` of `taobao.tbk.privilege.get`. */
export interface TaobaoTbkPrivilegeGetStepRateDto {
  /** 前N件佣金结束时间， 当前N件佣金 失效，本字段置空 */
  topn_end_time?: Int64;
  /** 前N件佣金开始时间，当前N件佣金失效，本字段置空 */
  topn_start_time?: Int64;
  /** 前N件剩余库存，当前N件佣金失效，本字段置空 */
  topn_quantity?: Int64;
  /** 前N件初始总库存，当前N件佣金失效，本字段置空（失效：任务完成、时间结束、商品下架） */
  topn_total_count?: Int64;
}

/** `MiniProgramDto` of `taobao.tbk.privilege.get`. */
export interface TaobaoTbkPrivilegeGetMiniProgramDto {
  /** 小程序APPID */
  mini_program_appid?: string;
  /** 小程序路径 */
  mini_program_path?: string;
  /** 小程序码url地址 */
  mini_program_qrcode_url?: string;
}

const REQUEST_SCHEMA = {
  adzone_id: 'Number',
  platform: 'Number',
  site_id: 'Number',
  relation_id: 'String',
  special_id: 'String',
  external_id: 'String',
  xid: 'String',
  ucrowd_id: 'Number',
  get_topn_rate: 'Number',
  mini_program_link: 'Number',
  item_id: 'String',
  promotion_type: 'String',
  biz_scene_id: 'String',
  manage_item_pub_id: 'Number',
  sku_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      coupon_remain_count: 'Number',
      coupon_total_count: 'Number',
      coupon_info: 'String',
      coupon_end_time: 'String',
      coupon_start_time: 'String',
      coupon_type: 'Number',
      coupon_click_url: 'String',
      category_id: 'Number',
      max_commission_rate: 'String',
      item_url: 'String',
      ysyl_click_url: 'String',
      ysyl_tlj_face: 'String',
      ysyl_tlj_send_time: 'String',
      ysyl_tlj_use_start_time: 'String',
      ysyl_commission_rate: 'String',
      ysyl_tlj_use_end_time: 'String',
      min_commission_rate: 'String',
      reward_info: 'Number',
      topn_info: {
        topn_end_time: 'Number',
        topn_start_time: 'Number',
        topn_quantity: 'Number',
        topn_total_count: 'Number',
      },
      mini_program: {
        mini_program_appid: 'String',
        mini_program_path: 'String',
        mini_program_qrcode_url: 'String',
      },
      item_id: 'String',
      extra_info: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.privilege.get`: method, response root, request and response schemas. */
export const taobaoTbkPrivilegeGetOperation = {
  method: 'taobao.tbk.privilege.get',
  responseRoot: 'tbk_privilege_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-单品券高效转链 — calls TOP method `taobao.tbk.privilege.get`.
 *
 * 单品券高效转链API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkPrivilegeGet(
  client: TopClient,
  request: TaobaoTbkPrivilegeGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkPrivilegeGetResponse> {
  return client.call<TaobaoTbkPrivilegeGetResponse>(
    {
      method: 'taobao.tbk.privilege.get',
      responseRoot: 'tbk_privilege_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
