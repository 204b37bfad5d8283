// Generated from specs/maitix/alibaba.damai.maitix.project.distribution.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.project.distribution.query` (分销单个项目信息查询). */
export interface AlibabaDamaiMaitixProjectDistributionQueryRequest {
  /** 项目id */
  project_id?: Int64Input;
}

/** Response of `alibaba.damai.maitix.project.distribution.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixProjectDistributionQueryResponse {
  /** 结果 */
  result?: AlibabaDamaiMaitixProjectDistributionQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenResult` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryOpenResult {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 扩展信息 */
  ext_map?: string;
  /** 项目信息 */
  model_list?: AlibabaDamaiMaitixProjectDistributionQueryProjectInfoDto[];
  /** 接口返回是否成功 true成功 false失败 */
  success?: boolean;
}

/** `ProjectInfoDto` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryProjectInfoDto {
  /** 场次 */
  perform_info_list?: AlibabaDamaiMaitixProjectDistributionQueryPerformInfoDto[];
  /** 项目ID */
  project_id?: Int64;
  /** 项目名称 */
  project_name?: string;
  /** 项目状态，0：创建中 10：已创建 20：待销售 30：销售中 40：项目取消 50：项目结束 60 定时开售 */
  project_status?: Int64;
  /** 项目类型 0:普通项目 1:预售项目 2:先付先抢-先付项目 3:先付先抢-先抢项目 4:搭售项目 5:超级票-暂时没用 */
  project_type?: Int64;
  /** 项目介绍 */
  introduce?: string;
  /** 是否有座： 0=无座 1=有座 */
  is_has_seat?: Int64;
  /** 项目海报图片地址-没用。取项目详情接口的内容 */
  poster_url?: string;
  /** 备注-没用 */
  remark?: string;
  /** 国家 */
  country?: AlibabaDamaiMaitixProjectDistributionQueryIdNameDto;
  /** 省 */
  province?: AlibabaDamaiMaitixProjectDistributionQueryIdNameDto;
  /** 演出城市 */
  city?: AlibabaDamaiMaitixProjectDistributionQueryIdNameDto;
  /** 项目大类编码-取项目详情的值-废弃 */
  classify_code?: string;
  /** 项目大类名称-取项目详情的值-废弃 */
  classify_name?: string;
  /** 项目子类编码-取项目详情的值-废弃 */
  sub_classify_code?: string;
  /** 项目子类名称-取项目详情的值-废弃 */
  sub_classify_name?: string;
  /** 项目三级分类编码-取项目详情的值-废弃 */
  third_classify_code?: string;
  /** 项目三级分类名称-取项目详情的值-废弃 */
  third_classify_name?: string;
  /** 票务代理费（单位：百分比） */
  ticket_agency_fee?: string;
  /** 主办方ID */
  trader_id_list?: Int64[];
  /** 主办方名称 */
  trader_name_list?: string[];
  /** 场馆 */
  venue?: AlibabaDamaiMaitixProjectDistributionQueryVenueDTO;
  /** 是否总票代 */
  is_general_agent?: Int64;
  /** 是否测试项目 0-正式项目 1-测试项目 */
  is_test?: Int64;
}

/** `PerformInfoDto` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryPerformInfoDto {
  /** 场次ID */
  perform_id?: Int64;
  /** 场次名称 */
  perform_name?: string;
  /** 演出开始时间 */
  start_time?: string;
  /** 演出结束时间 */
  end_time?: string;
  /** 场次状态(0：创建中 10：已创建 20：待销售 30：销售中 40：场次取消 50：场次结束)一般不会透出30之前的状态给渠道 */
  perform_status?: Int64;
  /** 场次类型(1 单场次，2 多次通票，3 单次通票)-暂时没用,可以认为都是普通场次 */
  perform_type?: Int64;
  /** 子场次列表-暂时没用 */
  sub_perform_list?: string[];
  /** 场次有效期规则 每周周几可以 */
  weekly_list?: Int64[];
  /** 延改期原因 */
  change_reason?: string;
  /** 是否修改了场次时间 0或null：否 1：是 */
  is_change_perform_time?: Int64;
  /** 备注 */
  remark?: string;
  /** 是否对号入座 0：不对号入座 1：对号入座 2：对区入座 */
  reserve_seat?: Int64;
  /** 场次设置 */
  perform_setting?: AlibabaDamaiMaitixProjectDistributionQueryPerformSettingDto;
  /** 价格 */
  price_info_list?: AlibabaDamaiMaitixProjectDistributionQueryPriceInfoDto[];
}

/** `PerformSettingDto` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryPerformSettingDto {
  /** 场次id */
  perform_id?: Int64;
  /** 证件类型("身份证"-"id_card","护照"-"passport","港澳居民来往内地通行证"-"hk_macao_pass","台湾居民来往大陆通行证"-"taiwan_compatriot_card","士兵／军官"-"soldier_officer_card") */
  card_type?: string;
  /** 一单一证 0：不是，1：是 */
  is_one_order_one_card?: Int64;
  /** 一票一证 0：不是，1：是 */
  is_one_ticket_one_card?: Int64;
  /** 是否实名制入场 0：不是，1：是 */
  is_real_name_enter?: Int64;
  /** 入场方式 1纸质票入场 2电子票入场 */
  issue_enter_modes_list?: Int64[];
  /** 出票方式 1纸质票 2静态二维码电子票 3动态二维码电子票 4身份证电子票 5 短信码电子票 */
  issue_ticket_modes_list?: Int64[];
  /** 取票方式,1-无纸化,2-快递票,3-自助换票,4-门店自取,这个决定了下单页用户看到的取票方式,如果是多个,可以让用户自由选择,可以参考大麦网提交订单后的页面 */
  take_ticket_types?: Int64[];
  /** 销售设置 0开票 1预售 */
  sale_type?: Int64;
  /** 选座类型0-立即购买 1-选座购买,当是有座项目并且是列表有1.就可以h5选座 */
  seat_select_type_list?: Int64[];
}

/** `PriceInfoDto` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryPriceInfoDto {
  /** 价格ID */
  price_id?: Int64;
  /** 价格名称 */
  price_name?: string;
  /** 票品的类型 0普通单票 1固定套票 2 自由组合套票 */
  price_type?: Int64;
  /** 票价 */
  price?: AlibabaDamaiMaitixProjectDistributionQueryMoney;
  /** 售卖最大库存数量,没有含义,以是否可售为准 */
  max_stock?: Int64;
  /** 项目id */
  project_id?: Int64;
  /** 场次ID */
  perform_id?: Int64;
  /** 是否可售 true可售 false不可售 */
  able_sell?: boolean;
  /** 套票构成 */
  open_combine_prices?: AlibabaDamaiMaitixProjectDistributionQueryOpenCombinePriceDto[];
  /** 票品子状态0 缺货登记,1开售提醒,2 售馨,只有able_sell为false里这个才可能有值 */
  sub_status?: Int64;
}

/** `Money` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryMoney {
  /** 票价 单位：分 */
  cent?: Int64;
}

/** `OpenCombinePriceDto` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryOpenCombinePriceDto {
  /** 子票品ID */
  price_id?: Int64;
  /** 子票品名称 */
  price_name?: string;
  /** 子票品价格，单位分 */
  price?: Int64;
  /** 套票的子票数量 */
  count?: Int64;
}

/** `IdNameDto` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryIdNameDto {
  /** 国家id */
  id?: Int64;
  /** 国家名称 */
  name?: string;
}

/** `VenueDTO` of `alibaba.damai.maitix.project.distribution.query`. */
export interface AlibabaDamaiMaitixProjectDistributionQueryVenueDTO {
  /** 场馆id */
  id?: Int64;
  /** 场馆名称 */
  name?: string;
  /** 经度 */
  lng?: string;
  /** 纬度 */
  lat?: string;
  /** 场馆地址 */
  venue_address?: string;
}

const REQUEST_SCHEMA = {
  project_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    ext_map: 'String',
    model_list: [
      {
        perform_info_list: [
          {
            perform_id: 'Number',
            perform_name: 'String',
            start_time: 'Date',
            end_time: 'Date',
            perform_status: 'Number',
            perform_type: 'Number',
            sub_perform_list: ['String'],
            weekly_list: ['Number'],
            change_reason: 'String',
            is_change_perform_time: 'Number',
            remark: 'String',
            reserve_seat: 'Number',
            perform_setting: {
              perform_id: 'Number',
              card_type: 'String',
              is_one_order_one_card: 'Number',
              is_one_ticket_one_card: 'Number',
              is_real_name_enter: 'Number',
              issue_enter_modes_list: ['Number'],
              issue_ticket_modes_list: ['Number'],
              take_ticket_types: ['Number'],
              sale_type: 'Number',
              seat_select_type_list: ['Number'],
            },
            price_info_list: [
              {
                price_id: 'Number',
                price_name: 'String',
                price_type: 'Number',
                price: {
                  cent: 'Number',
                },
                max_stock: 'Number',
                project_id: 'Number',
                perform_id: 'Number',
                able_sell: 'Boolean',
                open_combine_prices: [
                  {
                    price_id: 'Number',
                    price_name: 'String',
                    price: 'Number',
                    count: 'Number',
                  },
                ],
                sub_status: 'Number',
              },
            ],
          },
        ],
        project_id: 'Number',
        project_name: 'String',
        project_status: 'Number',
        project_type: 'Number',
        introduce: 'String',
        is_has_seat: 'Number',
        poster_url: 'String',
        remark: 'String',
        country: {
          id: 'Number',
          name: 'String',
        },
        province: {
          id: 'Number',
          name: 'String',
        },
        city: {
          id: 'Number',
          name: 'String',
        },
        classify_code: 'String',
        classify_name: 'String',
        sub_classify_code: 'String',
        sub_classify_name: 'String',
        third_classify_code: 'String',
        third_classify_name: 'String',
        ticket_agency_fee: 'String',
        trader_id_list: ['Number'],
        trader_name_list: ['String'],
        venue: {
          id: 'Number',
          name: 'String',
          lng: 'String',
          lat: 'String',
          venue_address: 'String',
        },
        is_general_agent: 'Number',
        is_test: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.project.distribution.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixProjectDistributionQueryOperation = {
  method: 'alibaba.damai.maitix.project.distribution.query',
  responseRoot: 'alibaba_damai_maitix_project_distribution_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销单个项目信息查询 — calls TOP method `alibaba.damai.maitix.project.distribution.query`.
 *
 * 发布分销项目查询单个项目信息接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixProjectDistributionQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixProjectDistributionQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixProjectDistributionQueryResponse> {
  return client.call<AlibabaDamaiMaitixProjectDistributionQueryResponse>(
    {
      method: 'alibaba.damai.maitix.project.distribution.query',
      responseRoot: 'alibaba_damai_maitix_project_distribution_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
