// Generated from specs/itpolicy/taobao.alitrip.it.fare.addrt.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.fare.addrt` (【国际机票自有政策】单条往返添加). */
export interface TaobaoAlitripItFareAddrtRequest {
  /**
   * 外部政策ID,1、自行输入的ID，建议为唯一id，有些操作可以使用此id 最多50个字符
   *
   * Max length: 50
   */
  outFileCode?: string;
  /** 文件编号 */
  fileCode?: string;
  /** （后期字段，预留）,产品类型,1.不可为空 2.填写为:包机切位、申请、见舱预订； */
  productType?: string;
  /** （后期字段，预留）,库存模式,1.不可为空 2.填写为见舱或定额；默认为见舱 */
  stockMode?: string;
  /** 是否1/2RT，1、请填写 是或者否；默认为否 */
  isRT?: string;
  /** （后期字段，预留）,1/2RT类型，当需要多填入多个时，请以","分隔 1、可填写 、旅行有效期、排除旅行有效期、班期 ；表明1/2RT 混舱计算时，取严还是各取各 2、默认值是 全部各取各 */
  rtType?: string;
  /** 可组文件编号， 当需要多填入多个时，请以","分隔 1、标记可组文件的编号政策信息，可填写空白； 2、如果是否1/2RT 字段为是，则此字段为必输项 */
  combinationFilecode?: string;
  /** （后期字段，预留）,是否允许缺口，1、为是或否；默认为否 */
  isAllowOj?: string;
  /** （后期字段，预留）,缺口类型，1、可填单缺、双缺、始发地缺、目的地缺、或为空；默认为空（当允许缺口组合时，此项为必输项） */
  ojType?: string;
  /** （后期字段，预留）,可组缺口文件编号,当需要多填入多个时，请以","分隔 1、标记政策信息，可填写空白； 2、如果是否缺口 字段为是，则此字段为必输项 */
  combinationOjFilecode?: string;
  /** 出票航司,1.不可为空 2.航空公司二字码 3.只能输入一个 */
  ticketingAirline: string;
  /** 销售航司，不同航段之间用 “,”隔开。 1、销售航司二字码； 2、如为直达；请录入一个航司二字码；如为中转，录入格式为 第一程航司，第二程航司；或者航司；若全程都一样，则录入一个航司二字代码即可 3、如果不录入，则航司默认为出票航司； */
  saleAirline?: string;
  /** 城市/机场选项，默认为城市1、可以填写：“机场",“城市”2、定义始发地/目的地/中转点，输入为机场，还是城市。3、如：此项输入机场，则始发地、目的地必须输入机场三字码 */
  addressOption?: string;
  /** 航程种类，1、默认为直达；有直达和中转两个选项；2、不填写 默认为 直达 */
  tripType?: string;
  /** 始发地,多个用“,”隔开 1.不得为空 2.可以填写：机场三字码”或“城市码” 3.最多允许100个机场三字码/城市码 */
  originLand: string;
  /** 目的地，多个用“,”隔开 1.不得为空 2.可以填写：机场三字码”或“城市码” 3.最多允许100个机场三字码/城市码 */
  destination: string;
  /** 中转地，多个用“，”隔开 1.不得为空 2.可以填写：机场三字码,城市码 3.最多允许100个机场三字码/城市码 4、当航程类型书写为 中转时，此处为必填 */
  transitLand?: string;
  /** 舱位， 用","表示航段的分割。 1、舱位代码。每段只允许录入一个舱位代码，若全程舱位一致则可以只录入一个 */
  cabin: string;
  /** 航班号限制,同一航段之间用，隔开表示或的关系；不同航段之间用/隔开。 1 CA001-999,CA3000-3999 表示CA001至999以及3000至3999之间航班号的航班 2 MU 表示所有MU开头的航班 3 CA(LH\AZ) 表示CA开头的实际承运人为LH或AZ的航班 4 CA(*) 表示CA代码共享航班/CA开头的实际承运人为其他航空公司的航班 5 CA(CA) 表示CA自营航班/CA实际承运航班； 6 CA(OZ)001-999 表示CA开头航班号为001-999之间且实际承运人为OZ的航班； 7 为空表示无限制 */
  restrictFlightNo?: string;
  /** 排除航班号限制，同一航段之间用，隔开表示或的关系；不同航段之间用/隔开。 1 CA001-999,CA3000-3999 表示CA001至999以及3000至3999之间航班号的航班 2 MU 表示所有MU开头的自营航班 3 CA(LH\AZ) 表示CA开头的实际承运人为LH或AZ的航班 4 CA(*) 表示CA代码共享航班/CA开头的实际承运人为其他航空公司的航班 5 CA(CA) 表示CA自营航班/CA实际承运航班； 6 CA(OZ)001-999 表示CA开头航班号为001-999之间且实际承运人为OZ的航班； 7 为空表示无限制；8比如两段，第一段无限制，第二段有限制 /CA123 */
  excludeFlightNo?: string;
  /** 去程旅行有效期，支持多段组合，用“,”隔开， 1.不得为空 2例：2014-04-01~2014-06-30，2014-09-01 ~2014-09-30， 3日期格式为 YYYY-MM-DD或YYYY/MM/DD，例：2014-04-01或2014/04/01 */
  validDate4Dep: string;
  /** 去程旅行排除时间段，支持多段组合，用“,”隔开隔开， 1.格式，例：2014-04-01~2014-12-31；或例：2014-04-01~2014-06-30,2014-09-01~2014-09-30， 3日期格式为 YYYY-MM-DD,YYYY/MM/DD 4、旅行排除日期最多只能输入200个字符 */
  excludeDateRange4Dep?: string;
  /** 去程旅行日期作用点，始发航段/第一国际段/主航段/全部；默认空为 第一国际段 */
  tripDatePoint4Dep?: string;
  /** 去程旅行排除日期作用点，始发航段/第一国际段/主航段/全部；默认空为 第一国际段 */
  tripExcludeDatePoint4Dep?: string;
  /** 去程班期限制，1.12表示周一周二 2.12:00-14:00表示每天的12点到14点 3. 12:00FRI-12:00SAT 表示周五的中午12点至周六的中午12点 */
  flightDateRestrict4Dep?: string;
  /** 去程班期作用点，始发航段/第一国际段/主航段/全部；默认空为 第一国际段 */
  flightDatePoint4Dep?: string;
  /** 回程旅行有效期，支持多段组合，用“,”隔开， 1.不得为空 2例：2014-04-01~2014-6-30，2014-09-01 ~2014-09-30， 3日期格式为 YYYY-MM-DD或YYYY/MM/DD，例：2014-04-01或2014/04/01 */
  validDate4Ret: string;
  /** 回程旅行排除时间段，支持多段组合，用“,”隔开隔开， 1.格式，例：2014-04-01~2014-12-31；或例：2014-04-01~2014-06-30,2014-09-01~2014-09-30， 3日期格式为 YYYY-MM-DD,YYYY/MM/DD 4、旅行排除日期最多只能输入200个字符 */
  excludeDateRange4Ret?: string;
  /** 回程旅行日期作用点，始发航段/第一国际段/主航段/全部；默认空为 第一国际段 */
  tripDatePoint4Ret?: string;
  /** 回程旅行排除日期作用点，始发航段/第一国际段/主航段/全部；默认空为 第一国际段 */
  tripExcludeDatePoint4Ret?: string;
  /** 回程班期限制，1.12表示周一周二 2.12:00-14:00表示每天的12点到14点 3. 12:00FRI-12:00SAT 表示周五的中午12点至周六的中午12点 */
  flightDateRestrict4Ret?: string;
  /** 回程班期作用点，始发航段/第一国际段/主航段/全部；默认空为 第一国际段 */
  flightDatePoint4Ret?: string;
  /** 销售日期，1、不得为空 2.输入格式为：2014-04-01~2014-06-30 3.不支持多段组合， 4.3日期格式为 YYYY-MM-DD或YYYY/MM/DD，例：2014-04-01或20104/04/01 */
  saleDate: string;
  /** 最短停留期,1、 默认为空，代表无限制； 2、 格式为：数字+字符/字符 3D表示3天 ; 4M表示4个月 ; SAT表示周六; 3D/SAT表示3天或者周六 3、 12M 表示一年 */
  minStay?: string;
  /** 最长停留期,1、 默认为空，代表无限制； 2、 格式为：数字+字符/字符 3D表示3天 ; 4M表示4个月 ; SAT表示周六; 3D/SAT表示3天或者周六 3、 12M 表示一年 */
  maxStay?: string;
  /** 成人旅客身份，1.不得为空 2.普通/学生 3.当输入学生时，儿童价格项输入无效 4.当为小团产品时，此适用身份类别必须为 普通。5、后期支持劳工、移民、海员、老人、青年 */
  adultPassengerIdentity: string;
  /**
   * 最小出行人数,数字1-9
   *
   * Min value: 1
   * Max value: 9
   */
  minTravelPerson?: Int64Input;
  /**
   * 最大出行人数,数字1-9
   *
   * Min value: 1
   * Max value: 9
   */
  maxTravelPerson?: Int64Input;
  /** （后期字段，预留）,小团儿童计数规则，可选值：1个儿童计1个成人、2个儿童计1个成人、儿童不计 */
  gv2ChildRule?: string;
  /** 国籍，可录入多个用","隔开表示或的关系 1、可录入国家二字代码，为空表示不限制，最多录20个 *默认为空，不输入为不限制 */
  nationality?: string;
  /** 除外国籍，可录入多个用","隔开表示或的关系 1、可录入国家二字代码，为空表示不限制，最多录20个 *默认为空，不输入为不限制 */
  excludeNationality?: string;
  /** 乘客年龄,1、可录入范围如21-25表示21周岁至25周岁,1-表示1岁以上，-99表示99岁以下 */
  passengerAge?: string;
  /**
   * 销售票面价,1.不得为空 2.价格区间为【0-999999】 3、销售票面价为10的整数倍(向下取整，如录入3002，则实际录入数值为3000)
   *
   * Min value: 1
   * Max value: 999999
   */
  ticketPrice: Int64Input;
  /** （后期字段，预留）,成人税费，1、整数金额（包机切位产品适用） */
  adultTax?: Int64Input;
  /** 儿童价，1、可不输入，空表示不适用儿童价 2、可输入大于0的正整数及百分比，输入百分比时，成人价格必须录入 例如：2000或70%。 3. 百分比计算的数值，个位向上取整 当"乘客类型"输入非“普通”（成人）时，此项输入无效。 */
  childPrice?: string;
  /** （后期字段，预留）,儿童税费，1、整数金额（包机切位产品适用） */
  childTax?: Int64Input;
  /** 返点,1.不得为空 2.只允许填写数字，支持到小数点后两位；不用填写% 3.返点需小于100 成人价=销售票面价*（1-返点）+留钱 */
  returnPoint?: string;
  /**
   * 留钱，1.0或正负数字2.-20表示返20元；20代表留20元
   *
   * Min value: -9999
   * Max value: 9999
   */
  adjustMoney?: Int64Input;
  /** 1/2RT佣金计算方式,1、各取各，取严； 默认为 取严 */
  rtCommissionFormula?: string;
  /** 提前出票时限，默认为空，代表无限制； 输入为小于等于365的正整数。 小于或等于最晚出票时限。 单位为天 */
  earlyTicketingTimeLimit?: Int64Input;
  /** 最晚出票时限,默认为空，代表无限制； 输入为小于等于365的正整数。 大于或等于提前出票时限。 单位为天 */
  lateTicketingTimeLimit?: Int64Input;
  /** 大客户编码，文本框 */
  vipCode?: string;
  /** （后期字段，预留）,运价发布渠道,1、可填写 PC、无线、都适用 2、默认为都适用 */
  fareSource?: string;
  /** （后期字段，预留）,是否创建PNR，1、选项 可填写是，否.默认为是 */
  isCreatePnr?: string;
  /** 预定OFFICE，空表示默认优先级最高OFFICE，可输入OFFICE，校验必须为配置中存在的OFFICE */
  bookingOffice?: string;
  /** 必填项 赋值范围 境外电子凭证,旅行发票,差额行程单发票,等额行程单 */
  receipts?: string;
  /** 是否校验票面价,1、可填写 是或者否；默认为否 */
  isValidatPrice?: string;
  /** （已废除字段）,去程全部未使用可否退票，录入是或否 */
  isCanRefund4Dep?: string;
  /** （已废除字段）,去程全部未使用退票费用,可输入格式如：200-72-300-48-1000-0-*，表示72小时前退票手续费200；48小时到72小时，退票手续费300；飞机起飞不足48小时退票手续费1000；飞机起飞后不予退票（输入*）； */
  refundPrice4Dep?: string;
  /** （已废除字段）,去程部分未使用退票费用,可输入空，*或正整数，其中空表示按照航空公司规定执行，*表示不支持部分退票 */
  refundPartPrice4Dep?: string;
  /** （已废除字段）,回程全部未使用可否退票，录入是或否 */
  isCanRefund4Ret?: string;
  /** （已废除字段）,回程全部未使用退票费用,可输入格式如：200-72-300-48-1000-0-*，表示72小时前退票手续费200；48小时到72小时，退票手续费300；飞机起飞不足48小时退票手续费1000；飞机起飞后不予退票（输入*）； */
  refundPrice4Ret?: string;
  /** （已废除字段）,回程部分未使用退票费用,可输入空，*或正整数，其中空表示按照航空公司规定执行，*表示不支持部分退票 */
  refundPartPrice4Ret?: string;
  /** （已废除字段）,去程全部未使用可否改期，录入是或否 */
  isCanReissue4Dep?: string;
  /** （已废除字段）,去程全部未使用改期费用，可输入格式如：200-72-300-48-1000-0-*，表示72小时前改期手续费200；48小时到72小时，改期手续费300；飞机起飞不足48小时改期手续费1000；飞机起飞后不予改期（输入*）； */
  reissuePrice4Dep?: string;
  /** （已废除字段）,去程部分未使用改期费用,可输入空，*或正整数，其中空表示按照航空公司规定执行，*表示不支持部分改期 */
  reissuePartPrice4Dep?: string;
  /** （已废除字段）,回程全部未使用可否改期，录入是或否 */
  isCanReissue4Ret?: string;
  /** （已废除字段）,回程全部未使用改期费用，可输入格式如：200-72-300-48-1000-0-*，表示72小时前改期手续费200；48小时到72小时，改期手续费300；飞机起飞不足48小时改期手续费1000；飞机起飞后不予改期（输入*）； */
  reissuePrice4Ret?: string;
  /** （已废除字段）,回程部分未使用改期费用，可输入空，*或正整数，其中空表示按照航空公司规定执行，*表示不支持部分改期 */
  reissuePartPrice4Ret?: string;
  /** （已废除字段）,去程NOSHOW规定时限，输入正整数 */
  noShowTimeLimit4Dep?: Int64Input;
  /** （已废除字段）,去程NOSHOW能否退票，输入是或否；默认为否 */
  isNoShowCanRefund4Dep?: string;
  /** （已废除字段）,去程NOSHOW能否改期，输入是或否；默认为否 */
  isNoShowCanReissue4Dep?: string;
  /** （已废除字段）,去程NOSHOW罚金，可为空，若输入则为正整数；其中空表示按航空公司规定执行 */
  noShowPenalty4Dep?: Int64Input;
  /** （已废除字段）,回程NOSHOW规定时限，输入正整数 */
  noShowTimeLimit4Ret?: Int64Input;
  /** （已废除字段）,回程NOSHOW能否退票，输入是或否；默认为否 */
  isNoShowCanRefund4Ret?: string;
  /** （已废除字段）,回程NOSHOW能否改期，输入是或否；默认为否 */
  isNoShowCanReissue4Ret?: string;
  /** （已废除字段）,回程NOSHOW罚金，可为空，若输入则为正整数；其中空表示按航空公司规定执行 */
  noShowPenalty4Ret?: Int64Input;
  /** （后期字段，预留）,去程行李额规定,可输入1-23,1-23 中间用","隔开，表示第一程和第二程（中转）支持行李额为1PC，23KG。若某段为空表示该段按照航空公司规定执行，逗号不可缺少；若不提供免费行李额直接输入空 */
  luggageRule4Dep?: string;
  /** （后期字段，预留）,回程行李额规定,可输入1-23,1-23 中间用","隔开，表示第一程和第二程（中转）支持行李额为1PC，23KG。若某段为空表示该段按照航空公司规定执行，逗号不可缺少；若不提供免费行李额直接输入空 */
  luggageRule4Ret?: string;
  /** 备注,出票备注文本 */
  remark?: string;
  /** 工作时间,18:00FRI表示周一到周五的每天早上9点到下午6点 最多录入三个时间段用，隔开表示或的关系 可以为空，表示不限制(运价上的工作时间优先级高于设置时间界面上的时间) */
  workingHours?: string;
  /** （已废除字段）退票规定,1、不可为空 2、可填写：收取20%退票费用，或者是收取500元退票费等。 3、退票规定最多为300个字符 */
  refundRule?: string;
  /** （已废除字段）改期规定,1、不可为空 2、可填写：收取20%改期费用，或者是收取500元改期费等。 3、改期规定最多为300个字符 */
  reissueRule?: string;
  /** （已废除字段）误机罚金说明，1、不可为空 2、可填写：起飞前不得退票，不得改期 3、误机罚金说明最多为300个字符 */
  noshowRule?: string;
  /** 行李额规定,1、不可为空2、可填写：1PC。逾重行李费用为每公斤100元3、行李额规定最多为300个字符 */
  luggageRule: string;
  /** 运价渠道 可选listing宝贝 默认listing */
  applyChannel?: string;
  /** 商品类型，可选值：普通、金牌，默认普通，非金牌卖家不得选择金牌 */
  commodityType?: string;
  /** 不录入表示不限制；选项为：仅限同集团代码共享适用；代码共享适用；不允许代码共享；不限制 默认不限制 */
  codeSharingType?: string;
  /** json格式的字符串，扩展属性，预留 */
  extendAttributes?: string;
  /** 购票须知，非必输长度小于300字符只在退票规定不为空时才会生效 */
  buyTicketNotice?: string;
  /** 必填项，全部未使用可否退票，可输入:是，否 */
  isCanAllRefund: string;
  /** 【全部未使用可否退票】为是时，此项为必填项。 可输入格式如: 1) 200 表示退票手续费为200（货币单位在下一个格子里） 2) 20% 表示退票手续费为票面价的20% 3）* 表示不允许退票 4) 200-0-400 表示起飞前退票手续费200；起飞后退票手续费400 5) 30%-0-* 表示起飞前退票手续费为票面价的30%；起飞后不允许退票 6）200-72-300-48-1000-0-* 表示72小时前退票手续费200; 48小时到72小时，退票手续费300; 飞机起飞不足48小时; 退票手续费1000; 飞机起飞后不予退票（输入*） 7) 10%-72-30%-48-70%-0-* 表示72小时前退票手续费为票面价的10%; 48小时到72小时，退票手续费为票面价的30%; 飞机起飞不足48小时; 退票手续费为票面价的70%; 飞机起飞后不予退票（输入*） */
  refundFeeAllUnused?: string;
  /** 全部未使用退票币种，只能录入币种三字码，默认值CNY */
  refundCurrencyAllUnused?: string;
  /** 全部未使用退票费用收取方式，按每个航段收还是全程收(0:全程, 1：每个航段，默认值：全程) */
  refundFeeTypeAllUnused?: string;
  /** 必填项，部分未使用可否退票，可输入：是，否 */
  isCanPartRefund: string;
  /** 部分未使用退票费用,格式同【全部未使用退票费用】，【部分未使用可否退票】为是时，此项为必填项 */
  refundFeePartUnused?: string;
  /** 部分未使用退票币种，可录入币种三字码，默认值CNY */
  refundCurrencyPartUnused?: string;
  /** 部分未使用退票费用收取方式，按每个航段收还是全程收(0:全程, 1：每个航段，默认值：全程) */
  refundFeeTypePartUnused?: string;
  /** 必填项，去程可否改期，可输入是或否 */
  canDepChange: string;
  /** 【去程可否改期】为是时为必填项， 可输入格式如: 1) 200 表示改期手续费为200（货币单位在下一个格子里） 2）* 表示不允许改期 3) 200-0-400 表示起飞前改期手续费200；起飞后改期手续费400 4) 30-0-* 表示起飞前改期手续费30；起飞后不允许改期 5）200-72-300-48-1000-0-* 表示72小时前改期手续费200; 48小时到72小时，改期手续费300; 飞机起飞不足48小时; 改期手续费1000; 飞机起飞后不予改期（输入*） */
  depChangeFee?: string;
  /** 去程改期币种，可录入币种三字码，默认值CNY */
  depChangeCurrency?: string;
  /** 去程改期费用收取方式,按每个航段收还是全程收(0:全程, 1：每个航段，默认值：全程) */
  depChangeFeeType?: string;
  /** 必填项，回程可否改期，可输入是或否 */
  canRetChange: string;
  /** 回程改期费用，格式同【去程改期费用】，【回程可否改期】为是时为必填 */
  retChangeFee?: string;
  /** 回程改期币种，可输入币种三字码，默认值CN */
  retChangeCurrency?: string;
  /** 回程改期费用收取方式，按每个航段收还是全程收(0:全程, 1：每个航段，默认值：全程) */
  retChangeFeeType?: string;
  /** 必填项，NOSHOW是否有限制，可输入是或否 */
  noshowRestrict: string;
  /** NOSHOW时限,只能录入整数，【NOSHOW是否有限制】为是时，此项为必填项 */
  noshowTimeRestrict?: string;
  /** NOSHOW时限单位(小时/天, 默认为小时) */
  noshowTimeRestrictUnit?: string;
  /** NOSHOW规则，可录入多个，多个用逗号分隔。可录入不可退票、不可改期、不可改期,不可改期 */
  noshowRuleType?: string;
  /** NOSHOW金额，只能录入整数或百分比，【NOSHOW是否有限制】为是,【NOSHOW规则】不是不可退票,不可改期时，此项为必填项 */
  noshowFee?: string;
  /** NOSHOW币种,可录入币种三字码，默认值CNY */
  noshowCurrency?: string;
  /** 运价基础，最大长度8 */
  farebasis?: string;
  /** 运价类型，最大长度3 */
  fareTypeCode?: string;
  /** 运价tariff，最大长度3 */
  tariff?: string;
  /** 运价规则id，最大长度4 */
  ruleId?: string;
  /** 运价组合适用方向,0(或者字段不存在):不限制/1:仅作用在去程/2:仅作用在回程 */
  fareDirectDestrict?: Int64Input;
}

/** Response of `taobao.alitrip.it.fare.addrt`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItFareAddrtResponse {
  /** 运价id */
  fare_id?: Int64;
  /** json格式的字符串，扩展属性，预留 */
  extend_attributes?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outFileCode: 'String',
  fileCode: 'String',
  productType: 'String',
  stockMode: 'String',
  isRT: 'String',
  rtType: 'String',
  combinationFilecode: 'String',
  isAllowOj: 'String',
  ojType: 'String',
  combinationOjFilecode: 'String',
  ticketingAirline: 'String',
  saleAirline: 'String',
  addressOption: 'String',
  tripType: 'String',
  originLand: 'String',
  destination: 'String',
  transitLand: 'String',
  cabin: 'String',
  restrictFlightNo: 'String',
  excludeFlightNo: 'String',
  validDate4Dep: 'String',
  excludeDateRange4Dep: 'String',
  tripDatePoint4Dep: 'String',
  tripExcludeDatePoint4Dep: 'String',
  flightDateRestrict4Dep: 'String',
  flightDatePoint4Dep: 'String',
  validDate4Ret: 'String',
  excludeDateRange4Ret: 'String',
  tripDatePoint4Ret: 'String',
  tripExcludeDatePoint4Ret: 'String',
  flightDateRestrict4Ret: 'String',
  flightDatePoint4Ret: 'String',
  saleDate: 'String',
  minStay: 'String',
  maxStay: 'String',
  adultPassengerIdentity: 'String',
  minTravelPerson: 'Number',
  maxTravelPerson: 'Number',
  gv2ChildRule: 'String',
  nationality: 'String',
  excludeNationality: 'String',
  passengerAge: 'String',
  ticketPrice: 'Number',
  adultTax: 'Number',
  childPrice: 'String',
  childTax: 'Number',
  returnPoint: 'Price',
  adjustMoney: 'Number',
  rtCommissionFormula: 'String',
  earlyTicketingTimeLimit: 'Number',
  lateTicketingTimeLimit: 'Number',
  vipCode: 'String',
  fareSource: 'String',
  isCreatePnr: 'String',
  bookingOffice: 'String',
  receipts: 'String',
  isValidatPrice: 'String',
  isCanRefund4Dep: 'String',
  refundPrice4Dep: 'String',
  refundPartPrice4Dep: 'String',
  isCanRefund4Ret: 'String',
  refundPrice4Ret: 'String',
  refundPartPrice4Ret: 'String',
  isCanReissue4Dep: 'String',
  reissuePrice4Dep: 'String',
  reissuePartPrice4Dep: 'String',
  isCanReissue4Ret: 'String',
  reissuePrice4Ret: 'String',
  reissuePartPrice4Ret: 'String',
  noShowTimeLimit4Dep: 'Number',
  isNoShowCanRefund4Dep: 'String',
  isNoShowCanReissue4Dep: 'String',
  noShowPenalty4Dep: 'Number',
  noShowTimeLimit4Ret: 'Number',
  isNoShowCanRefund4Ret: 'String',
  isNoShowCanReissue4Ret: 'String',
  noShowPenalty4Ret: 'Number',
  luggageRule4Dep: 'String',
  luggageRule4Ret: 'String',
  remark: 'String',
  workingHours: 'String',
  refundRule: 'String',
  reissueRule: 'String',
  noshowRule: 'String',
  luggageRule: 'String',
  applyChannel: 'String',
  commodityType: 'String',
  codeSharingType: 'String',
  extendAttributes: 'String',
  buyTicketNotice: 'String',
  isCanAllRefund: 'String',
  refundFeeAllUnused: 'String',
  refundCurrencyAllUnused: 'String',
  refundFeeTypeAllUnused: 'String',
  isCanPartRefund: 'String',
  refundFeePartUnused: 'String',
  refundCurrencyPartUnused: 'String',
  refundFeeTypePartUnused: 'String',
  canDepChange: 'String',
  depChangeFee: 'String',
  depChangeCurrency: 'String',
  depChangeFeeType: 'String',
  canRetChange: 'String',
  retChangeFee: 'String',
  retChangeCurrency: 'String',
  retChangeFeeType: 'String',
  noshowRestrict: 'String',
  noshowTimeRestrict: 'String',
  noshowTimeRestrictUnit: 'String',
  noshowRuleType: 'String',
  noshowFee: 'String',
  noshowCurrency: 'String',
  farebasis: 'String',
  fareTypeCode: 'String',
  tariff: 'String',
  ruleId: 'String',
  fareDirectDestrict: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fare_id: 'Number',
  extend_attributes: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.fare.addrt`: method, response root, request and response schemas. */
export const taobaoAlitripItFareAddrtOperation = {
  method: 'taobao.alitrip.it.fare.addrt',
  responseRoot: 'alitrip_it_fare_addrt_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票自有政策】单条往返添加 — calls TOP method `taobao.alitrip.it.fare.addrt`.
 *
 * 自有政策往返添加接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItFareAddrt(
  client: TopClient,
  request: TaobaoAlitripItFareAddrtRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripItFareAddrtResponse> {
  return client.call<TaobaoAlitripItFareAddrtResponse>(
    {
      method: 'taobao.alitrip.it.fare.addrt',
      responseRoot: 'alitrip_it_fare_addrt_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
