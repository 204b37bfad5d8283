// Generated from specs/alsc/alibaba.alsc.crm.promotion.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.crm.promotion.list` (获取促销规则列表). */
export interface AlibabaAlscCrmPromotionListRequest {
  /** 获取促销规则请求参数 */
  promotion_facade_open_req?: AlibabaAlscCrmPromotionListPromotionFacadeOpenReqInput;
}

/** Response of `alibaba.alsc.crm.promotion.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscCrmPromotionListResponse {
  /** 分页返回模型 */
  result?: AlibabaAlscCrmPromotionListCommonPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromotionFacadeOpenReq` of `alibaba.alsc.crm.promotion.list`. */
export interface AlibabaAlscCrmPromotionListPromotionFacadeOpenReqInput {
  /** 品牌ID */
  brand_id?: string;
  /** 1 */
  deleted?: boolean;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** 外部品牌ID */
  out_brand_id?: string;
  /** 第几页,从1开始计数 */
  page_no?: Int64Input;
  /** 每页大小，默认20 */
  page_size?: Int64Input;
  /** STATUS_NEW,STATUS_WORKING,STATUS_SUSPEND,STATUS_END，STATUS_EXPIRED,未投放,执行中,已暂停,已终止,已终止 */
  status_list?: string[];
  /** 最后时间 */
  last_id?: string;
  /** 促销ID */
  promotion_id?: string;
}

/** `CommonPageResult` of `alibaba.alsc.crm.promotion.list`. */
export interface AlibabaAlscCrmPromotionListCommonPageResult {
  /** 成功状态 */
  biz_success?: boolean;
  /** 当前页码 */
  current_page?: Int64;
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 当前每页显示数量 */
  page_size?: Int64;
  /** 促销模版集合 */
  result_list?: AlibabaAlscCrmPromotionListPromotionFacadeOpenInfoList[];
  /** 结果码 */
  result_code?: string;
  /** 结果描述 */
  result_desc?: string;
  /** 结果显示 */
  result_view?: string;
  /** 总页数 */
  total_page?: Int64;
  /** 总数量 */
  total_size?: Int64;
}

/** `PromotionFacadeOpenInfoList` of `alibaba.alsc.crm.promotion.list`. */
export interface AlibabaAlscCrmPromotionListPromotionFacadeOpenInfoList {
  /** 可用时段 0000101（星期五，星期天） [{"days":"0000101","startTime":"08:00:00","endTime":"11:59:59"}, {"days":"0010101","startTime":"08:00:00","endTime":"11:59:59"}] */
  available_time?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 是否已经删除 */
  deleted?: boolean;
  /** 规则描述 */
  description?: string;
  /** 促销周期结束时间 */
  end_time?: string;
  /** 适用商品范围 值：ALL，PART_AVAILABLE，PART_UNAVAILABLE * 说明：全部商品可用，部分商品可用，部分商品不可用 */
  item_coverage?: string;
  /** 圈选商品 */
  item_selected_open_info_list?: AlibabaAlscCrmPromotionListItemSelectedOpenInfoList[];
  /** 促销规则名称 */
  name?: string;
  /** 促销规则Id */
  promotion_id?: string;
  /** 圈选门店 */
  shop_selected_open_info_list?: AlibabaAlscCrmPromotionListShopSelectedOpenInfoList[];
  /** 促销周期开始时间 */
  start_time?: string;
  /** 状态 促销活动状态 值：UNUSED,USED,NO_INVENTORY,INVALID 说明：未使用,使用中,使用中,使用中 */
  status?: string;
  /** 促销活动适用人群 值：MEMBER，CUSTOMER，ALL * 说明：会员,非会员，不限 */
  suitable_people?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** /** * 满量促销 *\/ TYPE_FULL_AMOUNT, /** * 满额促销 *\/ TYPE_FULL_CAPACITY, /** * 买赠活动 *\/ TYPE_BOUGHT_GIFT; */
  type?: string;
  /** 扩展字段 isAdded:是否叠加,isVoucherShared:是否与优惠券共享,giftGoodsIdList:赠品类似、活动商品,privilegeCondition:权益条件(类型type: 满量 "type":"FULL_AMOUNT","name":"num", "value":"3" 满额 "type":"FULL_CAPACITY", "name":"money","value":"300" 下一份 "type":"NEXT", "name":"num","value":"3" 加价购),privilegeType:权益类型(一口价"type":"FIXPRICE","name":"money","value":"3000" 减免"type":"DECREASE","name":"money","value":"10" 减低价"type":"REDUCE_LOW_PRICE","name":"","value":"" 折扣："type":"DISCOUNT","name":"discount","value":"80" 赠品 "type":"GIFT", "name":"num", "value":"2") */
  ext_info?: string;
  /** 创建人 */
  create_by?: string;
  /** 更新人 */
  update_by?: string;
  /** 更新人名称 */
  update_by_name?: string;
}

/** `ItemSelectedOpenInfoList` of `alibaba.alsc.crm.promotion.list`. */
export interface AlibabaAlscCrmPromotionListItemSelectedOpenInfoList {
  /** 规格id */
  sku_id?: string;
  /** 菜单id */
  dish_id?: string;
  /** 规则号 */
  sku_out_no?: string;
  /** 菜品号 */
  dish_out_no?: string;
}

/** `ShopSelectedOpenInfoList` of `alibaba.alsc.crm.promotion.list`. */
export interface AlibabaAlscCrmPromotionListShopSelectedOpenInfoList {
  /** 门店id */
  shop_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
}

const REQUEST_SCHEMA = {
  promotion_facade_open_req: {
    brand_id: 'String',
    deleted: 'Boolean',
    gmt_modified: 'String',
    out_brand_id: 'String',
    page_no: 'Number',
    page_size: 'Number',
    status_list: ['String'],
    last_id: 'String',
    promotion_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_success: 'Boolean',
    current_page: 'Number',
    has_next_page: 'Boolean',
    page_size: 'Number',
    result_list: [
      {
        available_time: 'String',
        gmt_create: 'String',
        deleted: 'Boolean',
        description: 'String',
        end_time: 'String',
        item_coverage: 'String',
        item_selected_open_info_list: [
          {
            sku_id: 'String',
            dish_id: 'String',
            sku_out_no: 'String',
            dish_out_no: 'String',
          },
        ],
        name: 'String',
        promotion_id: 'String',
        shop_selected_open_info_list: [
          {
            shop_id: 'String',
            out_shop_id: 'String',
          },
        ],
        start_time: 'String',
        status: 'String',
        suitable_people: 'String',
        gmt_modified: 'String',
        type: 'String',
        ext_info: 'String',
        create_by: 'String',
        update_by: 'String',
        update_by_name: 'String',
      },
    ],
    result_code: 'String',
    result_desc: 'String',
    result_view: 'String',
    total_page: 'Number',
    total_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.crm.promotion.list`: method, response root, request and response schemas. */
export const alibabaAlscCrmPromotionListOperation = {
  method: 'alibaba.alsc.crm.promotion.list',
  responseRoot: 'alibaba_alsc_crm_promotion_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取促销规则列表 — calls TOP method `alibaba.alsc.crm.promotion.list`.
 *
 * 获取品牌的促销规则列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscCrmPromotionList(
  client: TopClient,
  request: AlibabaAlscCrmPromotionListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscCrmPromotionListResponse> {
  return client.call<AlibabaAlscCrmPromotionListResponse>(
    {
      method: 'alibaba.alsc.crm.promotion.list',
      responseRoot: 'alibaba_alsc_crm_promotion_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
