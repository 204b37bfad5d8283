// Generated from specs/tbk/taobao.tbk.sc.order.details.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.sc.order.details.get` (淘宝客-服务商-所有订单查询). */
export interface TaobaoTbkScOrderDetailsGetRequest {
  /** 查询时间类型，1：按照订单淘客创建时间查询，2:按照订单淘客付款时间查询，3:按照订单淘客结算时间查询，4:按照订单更新时间； */
  query_type?: Int64Input;
  /** 位点，除第一页之外，都需要传递；前端原样返回。 */
  position_index?: string;
  /** 页大小，默认20，1~100 */
  page_size?: Int64Input;
  /** 推广者角色类型,2:二方，3:三方，不传，表示所有角色 */
  member_type?: Int64Input;
  /** 淘客订单状态，12-付款，13-关闭，14-确认收货，3-结算成功;不传，表示所有状态 */
  tk_status?: Int64Input;
  /** 订单查询结束时间，订单开始时间至订单结束时间，中间时间段日常要求不超过3个小时，但如618、双11、年货节等大促期间预估时间段不可超过20分钟，超过会提示错误，调用时请务必注意时间段的选择，以保证亲能正常调用！ */
  end_time: string;
  /** 订单查询开始时间 */
  start_time: string;
  /** 跳转类型，当向前或者向后翻页必须提供,-1: 向前翻页,1：向后翻页 */
  jump_type?: Int64Input;
  /** 第几页，默认1，1~100 */
  page_no?: Int64Input;
  /** 筛选订单类型，1:所有订单，2:渠道订单，3:会员运营订单，默认为1 */
  order_scene?: Int64Input;
  /** member组ID */
  member_group_id?: Int64Input;
}

/** Response of `taobao.tbk.sc.order.details.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkScOrderDetailsGetResponse {
  /** PublisherOrderDto */
  data?: TaobaoTbkScOrderDetailsGetOrderPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderPage` of `taobao.tbk.sc.order.details.get`. */
export interface TaobaoTbkScOrderDetailsGetOrderPage {
  /** PublisherOrderDto */
  results?: TaobaoTbkScOrderDetailsGetPublisherOrderDto[];
  /** 是否还有上一页 */
  has_pre?: boolean;
  /** 位点字段，由调用方原样传递 */
  position_index?: string;
  /** 是否还有下一页 */
  has_next?: boolean;
  /** 页码 */
  page_no?: Int64;
  /** 页大小 */
  page_size?: Int64;
}

/** `PublisherOrderDto` of `taobao.tbk.sc.order.details.get`. */
export interface TaobaoTbkScOrderDetailsGetPublisherOrderDto {
  /** 淘宝付款时间。解释：订单在淘宝付款的时间 */
  tb_paid_time?: string;
  /** 付款时间。解释：订单付款的时间，该时间同步淘宝，可能会略晚于买家在淘宝的订单付款时间 （预售订单完尾款支付后，付款时间会自动更新为尾款支付的时间） */
  tk_paid_time?: string;
  /** 结算金额。解释：买家确认收货的付款金额（不包含运费金额） */
  pay_price?: string;
  /** 结算预估收入。解释：结算预付收入=结算预估佣金收入+结算预估补贴收入 */
  pub_share_fee?: string;
  /** 子订单号。解释：买家通过购物车购买的每个商品对应的订单编号，此订单编号并未在淘宝买家后台透出，若平台类型为淘宝、口碑、饿了么等，则订单编号即为淘宝子订单编号、口碑订单编号、饿了么订单编号，以此类推 */
  trade_id?: string;
  /** 推广者身份。解释：二方：佣金收益的第一归属者；三方：从其他淘宝客佣金中进行分成的推广者 */
  tk_order_role?: Int64;
  /** 结算时间。解释：订单确认收货后且商家完成佣金支付的时间 */
  tk_earning_time?: string;
  /** 推广位ID。解释：“推广管理-推广位管理”中的pid中的最后一段数字，如pid=mm_1_2_3中的“3”这段数字 */
  adzone_id?: Int64;
  /** 佣金分成比率。解释：从佣金中分得的收益比率（含平台技术服务费比率） */
  pub_share_rate?: string;
  /** 维权标签。解释：若该订单产生了维权退款，则会打上“维权单”的提示。0 含义为非维权、1 含义为维权订单 */
  refund_tag?: Int64;
  /** 补贴比率。解释：指该笔订单上各类型补贴的补贴比率总和。补贴比率=a补贴比率+b补贴比率+…。举例：天猫补贴1%、飞猪补贴1%等，则该数值显示为2% */
  subsidy_rate?: string;
  /** 佣金提成。解释：佣金提成=佣金比率*佣金分成比率。指实际获得的佣金收益比率（含平台技术服务费） */
  tk_total_rate?: string;
  /** 类目名称。解释：商品所属的一级类目名称 */
  item_category_name?: string;
  /** 掌柜旺旺 */
  seller_nick?: string;
  /** 推广者的账号id */
  pub_id?: Int64;
  /** 推广者赚取佣金后支付给阿里妈妈的技术服务费用的比率 */
  alimama_rate?: string;
  /** 补贴类型。解释：各补贴类型的类型名称、补贴比率、补贴金额、单笔补贴上限、补贴分成比率的详细说明，如有多个补贴会一并告知，举例：淘宝特价版（补贴比率：1%，补贴金额1.00元，单笔补贴上限金额1000.00元，补贴分成比率：100.00%）、飞猪补贴（补贴比率：1%，补贴金额1.00元，单笔补贴上限金额1000.00元，补贴分成比率：100.00%） */
  subsidy_type?: string;
  /** 商品图片 */
  item_img?: string;
  /** 付款预估收入。解释：付款预付收入=付款预估佣金收入+付款预估补贴收入 */
  pub_share_pre_fee?: string;
  /** 付款金额。解释：买家拍下并付款金额（不包含运费金额、不包含未支付尾款的预售订单金额）；当预售订单完尾款支付后，付款金额会自动更新为订单总金额 */
  alipay_total_price?: string;
  /** 商品标题 */
  item_title?: string;
  /** 媒体名称。解释：“推广管理-媒体备案管理”中的媒体名称 */
  site_name?: string;
  /** 商品数量 */
  item_num?: Int64;
  /** 补贴金额。解释：指该笔订单上各类补贴的补贴金额总和。补贴金额=a补贴金额+b补贴金额+…=结算金额*a补贴比率+结算金额*b补贴比率+…。若（结算金额*a补贴比率）＞补贴类型a单笔补贴上限，则a补贴金额=补贴类型a单笔补贴上限，b补贴金额等其他补贴金额同理 */
  subsidy_fee?: string;
  /** 平台技术服务费。解释：指该笔订单推广者在需支付给淘宝联盟的所有技术服务费费用总和。目前包含以下两类： 1、技术服务费说明：通过淘宝联盟平台推广所需支付的基础技术服务费；2、渠道专项服务费说明：开通渠道管理权限的推广者进行推广需要支付给淘宝联盟的专项技术服务费用。 平台技术服务费=付款金额*佣金比率*平台技术服务费比率。注意：若订单已结算则会按结算金额计算。（特别说明：补贴从2023-03-10之后都不再收取补贴技术服务费了，故本字段公式中不再提及补贴相关) */
  alimama_share_fee?: string;
  /** 订单编号。解释：买家在购买后台显示的订单编号，若平台类型为淘宝、饿了么等，则订单编号即为淘宝订单编号、饿了么订单编号，以此类推 */
  trade_parent_id?: string;
  /** 平台类型。解释：订单所属平台类型，包括天猫、淘宝、聚划算、口碑等 */
  order_type?: string;
  /** 创建时间。解释：订单创建的时间，该时间同步淘宝，可能会略晚于买家在淘宝的订单创建时间 */
  tk_create_time?: string;
  /** 产品类型。解释：若订单属于特定的产品类型，会进行说明，举例：该订单属于“联盟超级活动”、“品牌精选推广”、“自主推广”等，若无说明仅为“--”则为普通类型订单 */
  flow_source?: string;
  /** 成交平台。解释：成交来自于PC或无线 */
  terminal_type?: string;
  /** 点击时间。解释：通过推广链接达到商品、店铺详情页的点击时间 */
  click_time?: string;
  /** 订单状态。状态类型：已付款（指订单已付款，但还未确认收货）、已收货（指订单已确认收货，但商家佣金未支付）、已结算（指订单已确认收货，且商家佣金已支付成功）、已失效（指订单关闭/订单佣金小于0.01元，订单关闭主要有：①买家超时未付款；②买家付款前，买家/商家取消了订单；③订单付款后发起售中退款成功；④仅支付定金，到期未支付尾款的预售订单）。注意：当订单商家有实收货款（含交易成功和交易关闭订单），联盟以商家实收货款进行佣金结算(满返/买返订单等特殊订单除外)。出参数字代表：3:订单结算，12:订单付款，13:订单失效，14:订单成功 */
  tk_status?: Int64;
  /** 商品单价 */
  item_price?: string;
  /** 商品id */
  item_id?: string;
  /** 推广位名称。解释：“推广管理-推广位管理”中的推广位名称 */
  adzone_name?: string;
  /** 佣金比率。解释：商品的佣金比率（含平台技术服务费比率，但不包含平台专项服务费比率）（特别说明：若想知道属于您名下的整体佣金比率，则整体佣金比率=佣金比率+平台专项服务费比率，为了简化展示报表，不再增加整体佣金收入字段，有需要的淘宝客可自行加和，举例：若整体佣金比率为10%，平台专项服务费比率为3%，则此处商品佣金比率显示为7%，即10%-3%=7%） */
  total_commission_rate?: string;
  /** 商品链接 */
  item_link?: string;
  /** 媒体ID。解释：“推广管理-媒体备案管理”中的媒体ID，也是pid中的第二段数字，如pid=mm_1_2_3中的“2”这段数字 */
  site_id?: Int64;
  /** 店铺名称 */
  seller_shop_title?: string;
  /** 收入比率。解释：收入比率=佣金比率+补贴比率 */
  income_rate?: string;
  /** 佣金金额。解释：如果该订单还未结算，则佣金金额=付款金额*佣金比率；如果该订单已经结算，则佣金金额=结算金额*佣金比率 */
  total_commission_fee?: string;
  /** 会员运营ID。解释：会员运营管理功能中的会员运营ID，若该订单来自于会员的购买，则会展示对应会员运营ID */
  special_id?: Int64;
  /** 渠道关系id。解释：渠道管理功能中的渠道关系ID，若该订单来自于渠道方的推广，则会展示对应渠道关系ID */
  relation_id?: Int64;
  /** 定金付款时间。解释：预售时期，预售订单支付定金的付款时间，该时间同步淘宝，可能会略晚于买家在淘宝的订单创建时间 */
  tk_deposit_time?: string;
  /** 定金淘宝付款时间。解释：预售时期，预售订单在淘宝支付定金的付款时间 */
  tb_deposit_time?: string;
  /** 定金付款金额。解释：预售时期，预售订单支付的定金金额 */
  deposit_price?: string;
  /** 开发者调用api的appkey */
  app_key?: string;
  /** 非电商淘系子订单号 */
  tp_order_id?: string;
  /** 服务费信息（字段已废弃） */
  service_fee_dto_list?: TaobaoTbkScOrderDetailsGetServiceFeeDTO[];
  /** 营销类型。解释：该字段中视订单情况有单个或多个类型告知。 举例：联盟超级活动-优品、特价版客户端锁粉、特价版客户端推广等 */
  marketing_type?: string;
  /** 订单更新时间 */
  modified_time?: string;
  /** 管理member新商品ID-B段 */
  extra_mkt_id?: string;
  /** 付款预估佣金收入。解释：付款预估佣金收入=付款金额*佣金提成。以买家付款金额为基数，预估您可能获得的付款佣金收入，包含平台技术服务费金额（最终发钱时会减去平台技术服务费）。注意：因买家退款等原因，可能与结算预估佣金收入不一致。（特别说明：若想知道属于您名下的整体佣金收入，则整体付款佣金收入=付款预估佣金收入+平台专项服务费，为了简化展示报表，不再增加整体佣金收入字段，有需要的淘宝客可自行加和） */
  pub_share_pre_fee_for_commission?: string;
  /** 结算预估佣金收入。解释：结算预估佣金收入=付款金额*佣金提成。以买家确认收货的付款金额为基数，预估您可能获得的结算佣金收入，包含技术服务费金额（最终发钱时会减去平台技术服务费）。注意：因买家退款、您违规推广等原因，可能与您最终收入不一致，最终收入以月结后您实际收到的为准。（特别说明：若想知道属于您名下的整体佣金收入，则整体结算佣金收入=结算预估佣金收入+平台专项服务费，为了简化展示报表，不再增加整体佣金收入字段，有需要的淘宝客可自行加和） */
  pub_share_fee_for_commission?: string;
  /** 补贴金额明细节点。解释：各补贴类型的类型名称、补贴比率、补贴金额、单笔补贴上限、补贴分成比率的详细说明 */
  subsidy_info_dto_list?: TaobaoTbkScOrderDetailsGetSubsidyDetailDTO[];
  /** 补贴分成比率。解释：从补贴中分得的收益比率 */
  pub_share_rate_for_sdy?: string;
  /** 补贴提成。解释：补贴提成=补贴比率*补贴分成比率。指实际获得的补贴收益比率 */
  tk_total_rate_for_sdy?: string;
  /** 付款预估补贴收入=（付款金额*a补贴比率+付款金额*b补贴比率+……）*补贴分成比率。如果付款金额*a补贴比率＞补贴类型a单笔订单补贴上限，则付款金额*a补贴比率的值取补贴类型a单笔订单补贴上限，b补贴金额等其他类型补贴金额同理。指以买家付款金额为基数，预估您可能获得的补贴收入。因买家退款等原因，可能与结算预估补贴收入不一致。 */
  pub_share_pre_fee_for_sdy?: string;
  /** 结算预估补贴收入。解释：以买家确认收货的付款金额为基数，预估您可能获得的结算补贴收入。结算预估补贴收入=（结算金额*a补贴比率+结算金额*b补贴比率+……）*补贴分成比率。如果结算金额*a补贴比率＞补贴类型a单笔订单补贴上限，则结算金额*a补贴比率的值取补贴类型a单笔订单补贴上限，b补贴金额等其他类型补贴金额同理。注意：因买家退款、您违规推广等原因，可能与您最终收入不一致，最终收入以月结后您实际收到的为准 */
  pub_share_fee_for_sdy?: string;
  /** 平台技术服务费明细节点。解释：各项平台技术服务费类型的类型名称、扣费比率、扣费金额的详细说明 */
  alimm_share_info_dto?: TaobaoTbkScOrderDetailsGetAlimmShareInfoDTO;
  /** 平台专项服务费比率。解释：指该笔订单推广者在各种特殊场景下需支付给淘宝联盟的所有专项服务费比率总和。平台专项服务费比率=专项服务费比率a+专项服务费比率b+… */
  platform_special_service_rate?: string;
  /** 平台专项服务费。解释：指该笔订单推广者在各种特殊场景下需支付给淘宝联盟的所有专项服务费用总和。目前包含以下两类：1、内容专项服务费说明：内容场景专项技术服务费，内容推广者在内容场景进行推广需要支付给淘宝联盟的专项技术服务费用；2、流量专项服务费说明：流量通产品合作场景专项技术服务费，推广者在流量通产品能力下，进行流量投放推广需要支付给淘宝联盟的专项技术服务费用。 平台专项服务费=付款金额*平台专项服务费比率。注意：若订单已结算则会按结算金额计算 */
  platform_special_service_fee?: string;
  /** 平台专项服务费明细节点。解释：各项平台专项服务费类型的类型名称、扣费比率、扣费金额的详细说明 */
  platform_special_share_info_dto?: TaobaoTbkScOrderDetailsGetPlatformSpecialShareInfoDTO;
}

/** `ServiceFeeDTO` of `taobao.tbk.sc.order.details.get`. */
export interface TaobaoTbkScOrderDetailsGetServiceFeeDTO {
  /** 专项服务费率（字段已废弃） */
  share_relative_rate?: string;
  /** 结算专项服务费（字段已废弃） */
  share_fee?: string;
  /** 预估专项服务费（字段已废弃） */
  share_pre_fee?: string;
  /** 专项服务费来源，122-渠道（字段已废弃） */
  tk_share_role_type?: Int64;
}

/** `SubsidyDetailDTO` of `taobao.tbk.sc.order.details.get`. */
export interface TaobaoTbkScOrderDetailsGetSubsidyDetailDTO {
  /** 该笔订单包含的补贴类型 */
  subsidy_type?: string;
  /** 补贴比率 */
  subsidy_rate?: string;
  /** 对应补贴类型的补贴金额 */
  subsidy_fee?: string;
  /** 单笔订单补贴上限。对应补贴类型的单笔订单补贴上限 */
  subsidy_upper_limit?: string;
  /** 补贴分成比率 */
  subsidy_share_rate?: string;
}

/** `AlimmShareInfoDTO` of `taobao.tbk.sc.order.details.get`. */
export interface TaobaoTbkScOrderDetailsGetAlimmShareInfoDTO {
  /** 技术服务费比率 */
  alimm_tech_service_rate?: string;
  /** 预估技术服务费 */
  alimm_tech_service_pre_fee?: string;
  /** 结算技术服务费 */
  alimm_tech_service_fee?: string;
  /** 渠道专项服务费比率 */
  alimm_agent_service_rate?: string;
  /** 预估渠道专项服务费 */
  alimm_agent_service_pre_fee?: string;
  /** 结算渠道专项服务费 */
  alimm_agent_service_fee?: string;
}

/** `PlatformSpecialShareInfoDTO` of `taobao.tbk.sc.order.details.get`. */
export interface TaobaoTbkScOrderDetailsGetPlatformSpecialShareInfoDTO {
  /** 内容专项服务费比率 */
  content_tech_service_rate?: string;
  /** 预估内容专项服务费 */
  content_tech_service_pre_fee?: string;
  /** 结算内容专项服务费 */
  content_tech_service_fee?: string;
  /** 流量专项服务费比率（默认无，限定开放） */
  traffic_tech_service_rate?: string;
  /** 预估流量专项服务费（默认无，限定开放） */
  traffic_tech_service_pre_fee?: string;
  /** 结算流量专项服务费（默认无，限定开放） */
  traffic_tech_service_fee?: string;
}

const REQUEST_SCHEMA = {
  query_type: 'Number',
  position_index: 'String',
  page_size: 'Number',
  member_type: 'Number',
  tk_status: 'Number',
  end_time: 'String',
  start_time: 'String',
  jump_type: 'Number',
  page_no: 'Number',
  order_scene: 'Number',
  member_group_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    results: [
      {
        tb_paid_time: 'String',
        tk_paid_time: 'String',
        pay_price: 'String',
        pub_share_fee: 'String',
        trade_id: 'String',
        tk_order_role: 'Number',
        tk_earning_time: 'String',
        adzone_id: 'Number',
        pub_share_rate: 'String',
        refund_tag: 'Number',
        subsidy_rate: 'String',
        tk_total_rate: 'String',
        item_category_name: 'String',
        seller_nick: 'String',
        pub_id: 'Number',
        alimama_rate: 'String',
        subsidy_type: 'String',
        item_img: 'String',
        pub_share_pre_fee: 'String',
        alipay_total_price: 'String',
        item_title: 'String',
        site_name: 'String',
        item_num: 'Number',
        subsidy_fee: 'String',
        alimama_share_fee: 'String',
        trade_parent_id: 'String',
        order_type: 'String',
        tk_create_time: 'String',
        flow_source: 'String',
        terminal_type: 'String',
        click_time: 'String',
        tk_status: 'Number',
        item_price: 'String',
        item_id: 'String',
        adzone_name: 'String',
        total_commission_rate: 'String',
        item_link: 'String',
        site_id: 'Number',
        seller_shop_title: 'String',
        income_rate: 'String',
        total_commission_fee: 'String',
        special_id: 'Number',
        relation_id: 'Number',
        tk_deposit_time: 'String',
        tb_deposit_time: 'String',
        deposit_price: 'String',
        app_key: 'String',
        tp_order_id: 'String',
        service_fee_dto_list: [
          {
            share_relative_rate: 'String',
            share_fee: 'String',
            share_pre_fee: 'String',
            tk_share_role_type: 'Number',
          },
        ],
        marketing_type: 'String',
        modified_time: 'String',
        extra_mkt_id: 'String',
        pub_share_pre_fee_for_commission: 'Price',
        pub_share_fee_for_commission: 'Price',
        subsidy_info_dto_list: [
          {
            subsidy_type: 'String',
            subsidy_rate: 'Price',
            subsidy_fee: 'Price',
            subsidy_upper_limit: 'Price',
            subsidy_share_rate: 'Price',
          },
        ],
        pub_share_rate_for_sdy: 'Price',
        tk_total_rate_for_sdy: 'Price',
        pub_share_pre_fee_for_sdy: 'Price',
        pub_share_fee_for_sdy: 'Price',
        alimm_share_info_dto: {
          alimm_tech_service_rate: 'Price',
          alimm_tech_service_pre_fee: 'Price',
          alimm_tech_service_fee: 'Price',
          alimm_agent_service_rate: 'Price',
          alimm_agent_service_pre_fee: 'Price',
          alimm_agent_service_fee: 'Price',
        },
        platform_special_service_rate: 'Price',
        platform_special_service_fee: 'Price',
        platform_special_share_info_dto: {
          content_tech_service_rate: 'Price',
          content_tech_service_pre_fee: 'Price',
          content_tech_service_fee: 'Price',
          traffic_tech_service_rate: 'Price',
          traffic_tech_service_pre_fee: 'Price',
          traffic_tech_service_fee: 'Price',
        },
      },
    ],
    has_pre: 'Boolean',
    position_index: 'String',
    has_next: 'Boolean',
    page_no: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.sc.order.details.get`: method, response root, request and response schemas. */
export const taobaoTbkScOrderDetailsGetOperation = {
  method: 'taobao.tbk.sc.order.details.get',
  responseRoot: 'tbk_sc_order_details_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-服务商-所有订单查询 — calls TOP method `taobao.tbk.sc.order.details.get`.
 *
 * 服务商使用。可通过该接口查询推广者账号下对应的推广订单明细。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkScOrderDetailsGet(
  client: TopClient,
  request: TaobaoTbkScOrderDetailsGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkScOrderDetailsGetResponse> {
  return client.call<TaobaoTbkScOrderDetailsGetResponse>(
    {
      method: 'taobao.tbk.sc.order.details.get',
      responseRoot: 'tbk_sc_order_details_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
